using WhaiNot.Application.Conversations;
using WhaiNot.Drafting.Llm;

namespace WhaiNot.Application.Reports;

/// <summary>Tells the conversation's screens how far the llm engine is with a draft (DraftProgress).</summary>
public sealed class DraftEvents(IConversationEvents events)
{
    /// <summary>The llm engine is writing section n of m.</summary>
    public Task ProgressAsync(Guid conversationId, DraftProgress progress, CancellationToken cancellationToken) =>
        events.PublishAsync(conversationId, "DraftProgress", progress, cancellationToken);
}
