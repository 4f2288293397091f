using Microsoft.AspNetCore.SignalR;
using WhaiNot.Application.Conversations;

namespace WhaiNot.Appliance.Hubs;

/// <summary>Tells a conversation's clients that the server stopped it (revocation, stop, error): the contract's Stopped event.</summary>
internal sealed class StoppedNotifier(ConversationActivity activity, IHubContext<ConversationHub> hub) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        activity.Stopped += OnStopped;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        activity.Stopped -= OnStopped;
        return Task.CompletedTask;
    }

    private void OnStopped(Guid conversationId, string reason) =>
        _ = hub.Clients.Group(ConversationHub.GroupOf(conversationId)).SendAsync("Stopped", conversationId, reason);
}
