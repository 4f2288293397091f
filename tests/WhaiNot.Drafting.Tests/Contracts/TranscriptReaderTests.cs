using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Drafting.Tests.Contracts;

public sealed class TranscriptReaderTests
{
    private const string Good = """
        { "id": "conv-1", "language": "nl", "segments": [
          { "id": "s001", "start": 0.0, "end": 3.4, "speaker": "worker", "text": "Goeiemorgen." },
          { "id": "s002", "start": 3.6, "end": 9.1, "speaker": "client", "text": "Ik ben Els.", "extra": true } ] }
        """;

    [Fact]
    public void Read_WhenTranscriptFollowsTheContract_ShouldReadEverySegment()
    {
        var transcript = TranscriptReader.Read(Good);

        Assert.Equal("conv-1", transcript.Id);
        Assert.Equal(2, transcript.Segments.Count);
        Assert.Equal(new TranscriptSegment("s002", 3.6, 9.1, Speaker.Client, "Ik ben Els."), transcript.Segments[1]);
        Assert.Equal(1, transcript.IndexOf("s002"));
        Assert.Equal(-1, transcript.IndexOf("s099"));
    }

    [Fact]
    public void Write_WhenSegmentsCarryTheStoresCorrections_ShouldWriteOnlyTheContractFields()
    {
        var corrected = new TranscriptSegment("s001", 0, 3.4, Speaker.Client, "Ik ben Els.", "Ik ben Else.", Speaker.Unknown, "an.peeters", DateTimeOffset.UnixEpoch);

        var json = ContractJson.Write(new Transcript("conv-1", "nl", [corrected]));

        Assert.Equal(
            """
            {
              "id": "conv-1",
              "language": "nl",
              "segments": [
                {
                  "id": "s001",
                  "start": 0,
                  "end": 3.4,
                  "speaker": "client",
                  "text": "Ik ben Els."
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            json.ReplaceLineEndings("\n"));
        Assert.Equal("Ik ben Els.", TranscriptReader.Read(json).Segments[0].Text);
    }

    [Theory]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ { "id": "s1", "start": 0, "end": 1, "speaker": "worker", "text": "a" }, { "id": "s1", "start": 1, "end": 2, "speaker": "client", "text": "b" } ] }""", "'s1' komt meer dan eens voor")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ { "id": "s1", "start": 5, "end": 2, "speaker": "worker", "text": "a" } ] }""", "'end' (2) ligt vóór 'start' (5)")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ { "id": "s1", "start": 0, "end": 1, "speaker": "tolk", "text": "a" } ] }""", "onbekende spreker 'tolk'")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ { "id": "s1", "start": 0, "speaker": "worker", "text": "a" } ] }""", "segment 1 (s1): het veld 'end' ontbreekt")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ { "id": "s1", "start": "0", "end": 1, "speaker": "worker", "text": "a" } ] }""", "'start' moet een getal zijn")]
    [InlineData("""{ "id": "c", "language": "nl" }""", "het veld 'segments' ontbreekt")]
    [InlineData("""{ "language": "nl", "segments": [] }""", "het veld 'id' ontbreekt")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ { "id": "s1", "start": -1, "end": 1, "speaker": "worker", "text": "a" } ] }""", "'start' mag niet negatief zijn")]
    [InlineData("""{ "id": "c", "language": "nl", "segments": [ """, "geen geldige JSON")]
    [InlineData("""[1, 2]""", "moet een JSON-object zijn")]
    public void Read_WhenTranscriptBreaksTheContract_ShouldNameTheProblemInDutch(string json, string expected)
    {
        var ex = Assert.Throws<ContractException>(() => TranscriptReader.Read(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenSegmentsAreEmpty_ShouldReadAnEmptyTranscript()
    {
        Assert.Empty(TranscriptReader.Read("""{ "id": "c", "language": "nl", "segments": [] }""").Segments);
    }
}
