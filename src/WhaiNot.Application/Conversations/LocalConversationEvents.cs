namespace WhaiNot.Application.Conversations;

/// <summary>
/// The same live events for screens rendered on the box itself (the web app's circuits), which
/// follow a conversation in-process instead of joining the hub group. The host's delivery raises
/// every event here before it sends it over the hub.
/// </summary>
public sealed class LocalConversationEvents
{
    /// <summary>conversation id, event name (Segment, Transcription, DraftProgress), payload.</summary>
    public event Action<Guid, string, object>? Published;

    public void Raise(Guid conversationId, string eventName, object payload) => Published?.Invoke(conversationId, eventName, payload);
}
