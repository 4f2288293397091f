using Microsoft.AspNetCore.SignalR;
using WhaiNot.Appliance.Edge;
using WhaiNot.Application.Conversations;

namespace WhaiNot.Appliance.Hubs;

/// <summary>Live capture over SignalR: the hub (audio in, events out), its upload locks, and the delivery of live events and stops to the screens.</summary>
internal static class CaptureServiceCollectionExtensions
{
    public static IServiceCollection AddCaptureHub(this IServiceCollection services)
    {
        services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = 64 * 1024;
            o.AddFilter<RefusalHubFilter>();
        });
        services.AddSingleton<UploadLocks>();
        services.AddSingleton<IConversationEvents, HubConversationEvents>();
        services.AddHostedService<StoppedNotifier>();
        return services;
    }
}
