using WhaiNot.Domain.Transcripts;
using DraftingSpeaker = WhaiNot.Drafting.Contracts.Speaker;

namespace WhaiNot.Drafting.Contracts;

/// <summary>A conversation's stored transcript (worker corrections applied) in the contract's shape the drafting engines read.</summary>
public static class StoredTranscript
{
    public static Transcript From(Guid conversationId, IReadOnlyList<TranscriptSegment> segments) =>
        new(conversationId.ToString(), "nl", segments.Select(s => new Segment(s.Id, s.Start, s.End, Map(s.Speaker), s.Text)).ToList());

    private static DraftingSpeaker Map(Domain.Transcripts.Speaker speaker) => speaker switch
    {
        Domain.Transcripts.Speaker.Worker => DraftingSpeaker.Worker,
        Domain.Transcripts.Speaker.Client => DraftingSpeaker.Client,
        Domain.Transcripts.Speaker.Other => DraftingSpeaker.Other,
        _ => DraftingSpeaker.Unknown,
    };
}
