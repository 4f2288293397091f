namespace WhaiNot.Application.Conversations;

/// <summary>
/// Tells who cares that a conversation's consent was recorded or that it ended, whichever door the
/// change came through (API, web app): transcription starts or finishes on it without each door
/// having to remember to say so.
/// </summary>
public sealed class ConversationChanges
{
    public event Action<Guid>? Changed;

    public void Raise(Guid conversationId) => Changed?.Invoke(conversationId);
}
