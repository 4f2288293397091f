using Microsoft.AspNetCore.SignalR;
using WhaiNot.Application.Conversations;

namespace WhaiNot.Appliance.Hubs;

/// <summary>Delivers a conversation's live events to the hub group of that conversation, as the hub contract names them.</summary>
internal sealed class HubConversationEvents(IHubContext<ConversationHub> hub) : IConversationEvents
{
    public Task PublishAsync(Guid conversationId, string eventName, object payload, CancellationToken cancellationToken) =>
        hub.Clients.Group(ConversationHub.GroupOf(conversationId)).SendAsync(eventName, conversationId, payload, cancellationToken);
}
