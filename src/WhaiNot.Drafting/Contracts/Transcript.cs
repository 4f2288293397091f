namespace WhaiNot.Drafting.Contracts;

/// <summary>A transcript as in the contract; segment ids are unique.</summary>
public sealed record Transcript(string Id, string Language, IReadOnlyList<Segment> Segments)
{
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

    public Segment? Find(string segmentId) => IndexOf(segmentId) is var i and >= 0 ? Segments[i] : null;
}
