using WhaiNot.Speech.Streaming;

namespace WhaiNot.Speech.Tests.Streaming;

public sealed class UtteranceSegmenterTests
{
    private const int Rate = 16000;

    [Fact]
    public void Feed_SilenceAndQuietNoise_ShouldNeverAskForATranscription()
    {
        var segmenter = new UtteranceSegmenter();
        var random = new Random(1);
        var quiet = Enumerable.Range(0, Rate * 10).Select(_ => (float)((random.NextDouble() - 0.5) * 0.01)).ToArray();

        var events = segmenter.Feed(new float[Rate * 5]).Concat(segmenter.Feed(quiet)).Concat(segmenter.Flush()).ToList();

        Assert.Empty(events);
        Assert.Equal(Rate * 15, segmenter.Position);
    }

    [Fact]
    public void Feed_ThreeSecondsOfSpeechThenAPause_ShouldGivePartialsEverySecondAndOneFinal()
    {
        var segmenter = new UtteranceSegmenter();
        var audio = Concat(Silence(1), Speech(3), Silence(1.5));

        var events = segmenter.Feed(audio);

        var partials = events.Where(e => e.Kind == SegmentEventKind.Partial).ToList();
        var final = Assert.Single(events, e => e.Kind == SegmentEventKind.Final);
        Assert.True(partials.Count >= 2, $"{partials.Count} partials");
        Assert.All(partials.Zip(partials.Skip(1)), pair => Assert.InRange(pair.Second.End - pair.First.End, 0.9, 1.1));
        Assert.InRange(final.Start, 0.7, 1.0);
        Assert.InRange(final.End, 4.0, 4.3);
        Assert.All(events, e => Assert.Equal(final.Utterance, e.Utterance));
    }

    [Fact]
    public void Feed_TwoUtterancesWithAPause_ShouldGiveTwoFinalsWithTheirOwnIds()
    {
        var segmenter = new UtteranceSegmenter();

        var events = segmenter.Feed(Concat(Speech(1.5), Silence(1), Speech(1), Silence(1)));

        var finals = events.Where(e => e.Kind == SegmentEventKind.Final).ToList();
        Assert.Equal(2, finals.Count);
        Assert.NotEqual(finals[0].Utterance, finals[1].Utterance);
        Assert.True(finals[1].Start >= finals[0].End);
    }

    [Fact]
    public void Feed_AMonologue_ShouldBeCutAtTheMaximumLength()
    {
        var segmenter = new UtteranceSegmenter();

        var events = segmenter.Feed(Speech(45)).Concat(segmenter.Flush()).Where(e => e.Kind == SegmentEventKind.Final).ToList();

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.True(e.End - e.Start <= 20.01, $"{e.End - e.Start} s"));
        Assert.InRange(events[^1].End, 44.9, 45.0);
    }

    [Fact]
    public void Feed_AShortClick_ShouldNotBecomeAnUtterance()
    {
        var segmenter = new UtteranceSegmenter();

        var events = segmenter.Feed(Concat(Silence(1), Speech(0.1), Silence(2))).Concat(segmenter.Flush());

        Assert.Empty(events);
    }

    [Fact]
    public void Feed_InAnyPieceSizes_ShouldGiveTheSameEventsAsInOnePiece()
    {
        var audio = Concat(Silence(0.5), Speech(2.3), Silence(1), Speech(4), Silence(0.2));
        var whole = new UtteranceSegmenter().Feed(audio);
        var pieced = new UtteranceSegmenter();
        var random = new Random(3);
        var events = new List<SegmentEvent>();

        for (var offset = 0; offset < audio.Length;)
        {
            var size = Math.Min(random.Next(1, 9000), audio.Length - offset);
            events.AddRange(pieced.Feed(audio.AsSpan(offset, size)));
            offset += size;
        }

        Assert.Equal(whole, events);
    }

    private static float[] Silence(double seconds) => new float[(int)(seconds * Rate)];

    /// <summary>A voiced, wavering tone: loud enough to be speech, not a constant.</summary>
    private static float[] Speech(double seconds) =>
        Enumerable.Range(0, (int)(seconds * Rate)).Select(i => (float)(0.2 * Math.Sin(2 * Math.PI * (160 + (30 * Math.Sin(i / 4000.0))) * i / Rate))).ToArray();

    private static float[] Concat(params float[][] parts) => parts.SelectMany(p => p).ToArray();
}
