using Microsoft.AspNetCore.SignalR;
using WhaiNot.Appliance.Hubs;
using WhaiNot.Drafting.Llm;

namespace WhaiNot.Appliance.Reports;

/// <summary>Tells the conversation's screens how far the llm engine is with a draft (DraftProgress on the hub).</summary>
public sealed class DraftEvents(IHubContext<ConversationHub> hub)
{
    /// <summary>The llm engine is writing section n of m.</summary>
    public Task ProgressAsync(Guid conversationId, DraftProgress progress, CancellationToken cancellationToken) =>
        hub.Clients.Group(ConversationHub.GroupOf(conversationId)).SendAsync("DraftProgress", conversationId, progress, cancellationToken);
}
