using Microsoft.AspNetCore.SignalR;
using WhaiNot.Appliance.Edge;
using WhaiNot.Appliance.Hubs;

namespace WhaiNot.Appliance.Transcription;

/// <summary>Live capture and transcription: the hub (audio in, events out), the speech engine, the transcriber per conversation, transcript reads and corrections.</summary>
internal static class CaptureServiceCollectionExtensions
{
    public static IServiceCollection AddCaptureAndTranscription(this IServiceCollection services)
    {
        services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = 64 * 1024;
            o.AddFilter<RefusalHubFilter>();
        });
        services.AddSingleton<UploadLocks>();
        services.AddSingleton<SpeechEngine>();
        services.AddSingleton<TranscriptEvents>();
        services.AddSingleton<TranscriptService>();
        services.AddSingleton<TranscriptionService>();
        services.AddHostedService(sp => sp.GetRequiredService<TranscriptionService>());
        return services;
    }
}
