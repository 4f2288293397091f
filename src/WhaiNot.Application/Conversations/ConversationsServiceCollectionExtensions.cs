using WhaiNot.Application.Dossiers;

namespace WhaiNot.Application.Conversations;

/// <summary>Dossiers, conversations and consent: the access check, the lifecycle, revocation, notes, audio read-back, parity.</summary>
public static class ConversationsServiceCollectionExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<DossierService>();
        services.AddSingleton<ConversationAccess>();
        services.AddSingleton<ConversationActivity>();
        services.AddSingleton<LocalConversationEvents>();
        services.AddSingleton<ConversationChanges>();
        services.AddSingleton<ConversationService>();
        services.AddSingleton<RevocationService>();
        services.AddSingleton<NotesService>();
        services.AddSingleton<ConversationAudio>();
        services.AddSingleton<ParityService>();
        return services;
    }
}
