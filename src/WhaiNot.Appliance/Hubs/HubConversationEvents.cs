using Microsoft.AspNetCore.SignalR;
using WhaiNot.Application.Conversations;

namespace WhaiNot.Appliance.Hubs;

/// <summary>Delivers a conversation's live events to the web app's own screens and to the hub group of that conversation, as the hub contract names them.</summary>
internal sealed class HubConversationEvents(IHubContext<ConversationHub> hub, LocalConversationEvents local) : IConversationEvents
{
    public Task PublishAsync(Guid conversationId, string eventName, object payload, CancellationToken cancellationToken)
    {
        local.Raise(conversationId, eventName, payload);
        return hub.Clients.Group(ConversationHub.GroupOf(conversationId)).SendAsync(eventName, conversationId, payload, cancellationToken);
    }
}
