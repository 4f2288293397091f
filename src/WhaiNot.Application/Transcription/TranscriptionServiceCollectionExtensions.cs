
namespace WhaiNot.Application.Transcription;

/// <summary>Transcription: the speech engine, the transcriber per conversation, transcript reads and corrections.</summary>
public static class TranscriptionServiceCollectionExtensions
{
    public static IServiceCollection AddTranscription(this IServiceCollection services)
    {
        services.AddSingleton<SpeechEngine>();
        services.AddSingleton<TranscriptEvents>();
        services.AddSingleton<ChannelHints>();
        services.AddSingleton<WhaiNot.Application.Speakers.VoiceProfileService>();
        services.AddSingleton<TranscriptService>();
        services.AddSingleton<TranscriptionService>();
        services.AddHostedService(sp => sp.GetRequiredService<TranscriptionService>());
        return services;
    }
}
