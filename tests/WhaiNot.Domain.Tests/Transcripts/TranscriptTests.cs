using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Domain.Tests.Transcripts;

public sealed class TranscriptTests
{
    private static readonly TranscriptSegment Corrected = new("s002", 3.6, 9.1, Speaker.Client, "Ik ben Els.", "Ik ben Else.", Speaker.Unknown, "an.peeters", new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(1)));

    [Fact]
    public void Segment_FromATranscriptFile_ShouldTakeItsOwnTextAsTheEnginesAndBeUnedited()
    {
        var segment = new TranscriptSegment("s001", 0, 3.4, Speaker.Worker, "Goeiemorgen.");

        Assert.Equal("Goeiemorgen.", segment.EngineText);
        Assert.Equal(Speaker.Worker, segment.EngineSpeaker);
        Assert.False(segment.Edited);
    }

    [Fact]
    public void Transcript_OfAStoredConversation_ShouldCarryTheConversationIdDutchAndTheCorrectedSegments()
    {
        var conversation = Guid.NewGuid();
        var transcript = new Transcript(conversation, [new TranscriptSegment("s001", 0, 3.4, Speaker.Worker, "Goeiemorgen."), Corrected]);

        Assert.Equal(conversation.ToString(), transcript.Id);
        Assert.Equal("nl", transcript.Language);
        Assert.Equal(1, transcript.IndexOf("s002"));
        Assert.Equal(-1, transcript.IndexOf("s099"));
        Assert.Equal("Ik ben Els.", transcript.Find("s002")!.Text);
        Assert.True(transcript.Find("s002")!.Edited);
        Assert.Null(transcript.Find("s099"));
    }

    [Fact]
    public void IdFor_ShouldNumberUtterancesWithThreeDigits()
    {
        Assert.Equal("s001", TranscriptSegment.IdFor(1));
        Assert.Equal("s120", TranscriptSegment.IdFor(120));
    }
}
