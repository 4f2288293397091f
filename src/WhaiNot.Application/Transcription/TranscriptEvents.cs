using WhaiNot.Application.Conversations;

namespace WhaiNot.Application.Transcription;

/// <summary>Transcript events for everyone who follows the conversation: a segment (partial or final) and the transcription's state.</summary>
public sealed class TranscriptEvents(IConversationEvents events)
{
    public Task SegmentAsync(Guid conversationId, SegmentMessage segment, CancellationToken cancellationToken) =>
        events.PublishAsync(conversationId, "Segment", segment, cancellationToken);

    public Task StatusAsync(Guid conversationId, TranscriptionStatus status, CancellationToken cancellationToken) =>
        events.PublishAsync(conversationId, "Transcription", status, cancellationToken);
}
