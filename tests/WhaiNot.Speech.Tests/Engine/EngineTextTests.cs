using WhaiNot.Native.Whisper;
using WhaiNot.Speech.Engine;

namespace WhaiNot.Speech.Tests.Engine;

/// <summary>What of Whisper's segments becomes text: speech only.</summary>
public sealed class EngineTextTests
{
    [Fact]
    public void From_WithSegmentsAboveTheNoSpeechThreshold_ShouldLeaveThemOut()
    {
        var result = Result(("Goeiemorgen.", 0.1f), ("Dank u.", 0.9f), ("Tot ziens.", 0.59f));

        Assert.Equal("Goeiemorgen. Tot ziens.", EngineText.From(result, 0.6));
    }

    [Fact]
    public void From_WithSoundLabels_ShouldDropThemAndTheirWhitespace()
    {
        var result = Result(("[muziek]", 0.1f), ("Ik  kom (hoest) morgen", 0.1f), ("*zucht* terug ♪♪", 0.1f));

        Assert.Equal("Ik kom morgen terug", EngineText.From(result, 0.6));
    }

    [Fact]
    public void From_WithOnlyLabelsOrNothing_ShouldBeEmpty()
    {
        Assert.Equal("", EngineText.From(Result(("(stilte)", 0.1f), ("   ", 0.1f)), 0.6));
        Assert.Equal("", EngineText.From(Result(), 0.6));
    }

    private static WhisperResult Result(params (string Text, float NoSpeech)[] segments) =>
        new(segments.Select((s, i) => new WhisperSegment(i, i + 1, s.Text, s.NoSpeech)).ToList(), "nl", TimeSpan.FromMilliseconds(5));
}
