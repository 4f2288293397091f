namespace WhaiNot.Domain.Transcripts;

/// <summary>A transcript as in the contract; segment ids are unique.</summary>
public sealed record Transcript(string Id, string Language, IReadOnlyList<TranscriptSegment> Segments)
{
    /// <summary>A conversation's stored transcript (worker corrections applied): its id is the conversation's, its language Dutch.</summary>
    public Transcript(Guid conversationId, IReadOnlyList<TranscriptSegment> segments)
        : this(conversationId.ToString(), "nl", segments)
    {
    }

    /// <summary>Position of a segment by id, or -1 when the transcript has no such segment.</summary>
    public int IndexOf(string segmentId)
    {
        // A conversation has at most a few hundred segments, so a scan is cheap and keeps the record plain.
        for (var i = 0; i < Segments.Count; i++)
        {
            if (string.Equals(Segments[i].Id, segmentId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public TranscriptSegment? Find(string segmentId) => IndexOf(segmentId) is var i and >= 0 ? Segments[i] : null;
}
