using WhaiNot.Cli.Bench;
using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Tests;

/// <summary>The small parts of the stream client and the bench that need no appliance.</summary>
public sealed class StreamingPartsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("whainot-cli-parts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadWav_Of16kMonoPcm16_ShouldGiveBackTheSamplesBitForBit()
    {
        var wav = TestWav.Write(_folder, 16000, 1, 16, false, seconds: 1);

        var pcm = Pcm16Chunks.ReadWav(new FileInfo(wav));

        Assert.Equal(File.ReadAllBytes(wav)[44..], pcm);
    }

    [Fact]
    public void Split_ShouldCutQuarterSecondsWithAShorterLastChunk()
    {
        var chunks = Pcm16Chunks.Split(new byte[(Pcm16Chunks.ChunkBytes * 2) + 100]);

        Assert.Equal([8000, 8000, 100], chunks.Select(c => c.Length));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.25, 0)]
    [InlineData(0.2501, 1)]
    [InlineData(99.0, 3)]
    public void ChunkHolding_ShouldBeTheChunkWithTheSegmentsLastSample(double end, int chunk)
    {
        Assert.Equal(chunk, Pcm16Chunks.ChunkHolding(end, chunkCount: 4));
    }

    [Theory]
    [InlineData(1.24, "00:01,2")]
    [InlineData(59.96, "01:00,0")]
    [InlineData(3723.5, "1:02:03,5")]
    public void SegmentTime_ShouldUseTheBelgianNotation(double seconds, string text)
    {
        Assert.Equal(text, SegmentLine.Time(seconds));
    }

    [Fact]
    public void SegmentLine_ShouldShowTimeRangeSpeakerAndText()
    {
        var line = SegmentLine.Format(new SegmentMessage("s001", 1.2, 3.4, "client", " Ik kom voor mijn huur. ", Final: true));

        Assert.Equal("[00:01,2 – 00:03,4] cliënt: Ik kom voor mijn huur.", line);
    }

    [Fact]
    public async Task TranscriptionWatch_WithoutAnyEvent_ShouldTimeOutAndSayNoProgressCame()
    {
        var watch = new TranscriptionWatch();

        var complete = await watch.WaitForCompleteAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None);

        Assert.False(complete);
        Assert.Contains("geen voortgang", watch.TimeoutMessage(TimeSpan.FromSeconds(120)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscriptionWatch_AfterTheCompleteEvent_ShouldStopWaiting()
    {
        var watch = new TranscriptionWatch();
        watch.Report(new TranscriptionMessage(10, 8, 2, Complete: false), 1);
        Assert.Contains("8,0 van 10,0 s", watch.TimeoutMessage(TimeSpan.FromSeconds(5)), StringComparison.Ordinal);

        watch.Report(new TranscriptionMessage(10, 10, 0, Complete: true), 2);

        Assert.True(await watch.WaitForCompleteAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    [Fact]
    public void ApplianceLocator_InACheckout_ShouldFindTheApplianceBuild()
    {
        var path = ApplianceLocator.Find(null);

        Assert.Matches(@"src/WhaiNot\.Appliance/bin/(Release|Debug)/net10\.0/whainot-appliance\.dll$", path.Replace('\\', '/'));
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void ApplianceLocator_WhenNothingIsBuilt_ShouldSayWhereItLookedInDutch()
    {
        var error = Assert.Throws<CliException>(() => ApplianceLocator.Find(null, _folder));

        Assert.Equal(ExitCodes.Failure, error.ExitCode);
        Assert.Contains("niet gevonden", error.Message, StringComparison.Ordinal);
        Assert.Contains(_folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_WhenAChunkIsLost_ShouldNeverSayRealTime()
    {
        var (realTime, verdict) = RealTimeVerdict.Judge(1, new TranscriptionSummary(5, 0.5, 0.4, 1, 1, 1, 120), new ChunkSummary(20, 19, 1, 0, 0), 0);

        Assert.False(realTime);
        Assert.StartsWith("NIET IN ORDE", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_WithoutTranscriptionEvents_ShouldSayItCannotJudge()
    {
        var (realTime, verdict) = RealTimeVerdict.Judge(1, new TranscriptionSummary(0, null, null, 0, null, null, 3), new ChunkSummary(20, 20, 0, 0, 0), 0);

        Assert.Null(realTime);
        Assert.Contains("niet te beoordelen", verdict, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2.0, 1.5, true)]
    [InlineData(12.0, 1.5, false)]
    [InlineData(2.0, 11.0, false)]
    public void Verdict_ShouldHoldTheLagAndTailToTheirLimits(double tail, double lagP95, bool expected)
    {
        var (realTime, _) = RealTimeVerdict.Judge(2, new TranscriptionSummary(40, lagP95, lagP95, 2, tail, tail, 120), new ChunkSummary(40, 40, 0, 0, 0), 0);

        Assert.Equal(expected, realTime);
    }
}
