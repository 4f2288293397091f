using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Drafting.Contracts;

/// <summary>A conversation's stored transcript (worker corrections applied) in the contract's shape the drafting engines read.</summary>
public static class StoredTranscript
{
    public static Transcript From(Guid conversationId, IReadOnlyList<TranscriptSegment> segments) =>
        new(conversationId.ToString(), "nl", segments.Select(s => new Segment(s.Id, s.Start, s.End, s.Speaker, s.Text)).ToList());
}
