namespace WhaiNot.Application.Conversations;

/// <summary>
/// Where a conversation's live events go: every screen that follows the conversation (all the
/// worker's tabs and devices). The host delivers them over the SignalR hub; the names and payloads
/// are those of the hub contract (Segment, Transcription, DraftProgress).
/// </summary>
public interface IConversationEvents
{
    Task PublishAsync(Guid conversationId, string eventName, object payload, CancellationToken cancellationToken);
}
