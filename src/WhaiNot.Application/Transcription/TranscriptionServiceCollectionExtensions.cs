using WhaiNot.Application.Engines;

namespace WhaiNot.Application.Transcription;

/// <summary>Transcription: the speech engine, the transcriber per conversation, transcript reads and corrections.</summary>
public static class TranscriptionServiceCollectionExtensions
{
    public static IServiceCollection AddTranscription(this IServiceCollection services)
    {
        services.AddSingleton<ModelCatalog>();
        services.AddSingleton<SpeechEngine>();
        services.AddSingleton(sp =>
        {
            // An import switches the loaded engines to the new model without a restart.
            var importer = ActivatorUtilities.CreateInstance<ModelImporter>(sp);
            var speech = sp.GetRequiredService<SpeechEngine>();
            var drafting = sp.GetRequiredService<Reports.DraftingEngine>();
            importer.Imported += () =>
            {
                speech.Reload();
                _ = drafting.ReloadAsync();
            };
            return importer;
        });
        services.AddSingleton<TranscriptEvents>();
        services.AddSingleton<ChannelHints>();
        services.AddSingleton<WhaiNot.Application.Speakers.VoiceProfileService>();
        services.AddSingleton<TranscriptService>();
        services.AddSingleton<TranscriptionService>();
        services.AddHostedService(sp => sp.GetRequiredService<TranscriptionService>());
        return services;
    }
}
