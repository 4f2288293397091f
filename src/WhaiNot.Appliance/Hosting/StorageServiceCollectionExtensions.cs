using WhaiNot.Storage;

namespace WhaiNot.Appliance.Hosting;

/// <summary>
/// The encrypted store, opened before anything listens, and its parts as narrow ports: each service
/// asks for the repositories it uses, never the whole store.
/// </summary>
internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, ApplianceStore store)
    {
        // Registered through a factory so the container disposes it at shutdown (flushes LiteDB, frees the folder lock);
        // ApplianceHost.Build resolves it once, since no service asks for the whole store.
        services.AddSingleton(_ => store);
        services.AddSingleton(store.Folder);
        services.AddSingleton(store.Keys);
        services.AddSingleton(store.Accounts);
        services.AddSingleton(store.Dossiers);
        services.AddSingleton(store.Meta);
        services.AddSingleton(store.ConversationKeys);
        services.AddSingleton(store.Conversations);
        services.AddSingleton(store.Audio);
        services.AddSingleton(store.Transcripts);
        services.AddSingleton(store.Reports);
        services.AddSingleton(store.Templates);
        services.AddSingleton(store.Appointments);
        services.AddSingleton(store.Actions);
        services.AddSingleton(store.ProcedureDates);
        services.AddSingleton(store.OcmwProfile);
        services.AddSingleton(store.Models);
        services.AddSingleton(store.VoiceProfiles);
        services.AddSingleton(store.RetentionJournal);
        services.AddSingleton(store.KeptFragments);
        services.AddSingleton(store.AiLog);
        return services;
    }

    /// <summary>The hash-chained audit log: every read and write of dossier content, every refusal.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services, ApplianceStore store) =>
        services.AddSingleton(store.Audit);
}
