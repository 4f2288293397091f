using System.Text.Json;
using System.Text.RegularExpressions;
using WhaiNot.TestSupport;

namespace WhaiNot.Cli.Tests;

/// <summary>
/// whainot bench stream with its own child appliance (runtime copied from the test runtime's data
/// folder, speech from espeak-ng): the figures are all there, nothing is lost or doubled, and the
/// child is gone afterwards. Segment and lag figures stay "–" until the live transcriber sends events.
/// </summary>
public sealed class BenchStreamTests
{
    public BenchStreamTests() => TestRuntime.Get();

    [Fact]
    public async Task BenchStream_OneStreamOfFiveSeconds_ShouldReportTheFiguresAndLoseNothing()
    {
        var result = await Cli.RunAsync("bench", "stream", "--streams", "1", "--seconds", "5", "--wait", "3", "--data", TestRuntime.DataRoot);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("engines test-models", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"segmentlatentie partieel: +p50 \S+( ms)? · p95 \S+( ms)? \(\d+ events\)", result.Output);
        Assert.Matches(@"segmentlatentie definitief: +p50 \S+( ms)? · p95 \S+( ms)? \(\d+ events\)", result.Output);
        Assert.Matches(@"transcriptieachterstand: +max \S+( s)? · p95 \S+( s)? \(\d+ Transcription-events\); laatste stuk → volledig: max", result.Output);
        Assert.Matches(@"CPU gemiddeld \d+ % van één kern \(piek \d+ %\), geheugen piek [1-9]\d* MiB", result.Output);
        Assert.Contains("20 verstuurd, 20 bevestigd, 0 verloren, 0 dubbel", result.Output, StringComparison.Ordinal);
        Assert.Matches("(?m)^oordeel: .+", result.Output);
        var pid = Regex.Match(result.Output, @"pid (\d+)").Groups[1].Value;
        Assert.False(Directory.Exists($"/proc/{pid}"), $"the child appliance {pid} still runs");
    }

    [Fact]
    public async Task BenchStream_WithJson_ShouldWriteTheFiguresForTheDocs()
    {
        var result = await Cli.RunAsync("bench", "stream", "--streams", "1", "--seconds", "3", "--wait", "1", "--json", "--data", TestRuntime.DataRoot);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("test-models", root.GetProperty("setup").GetProperty("engines").GetString());
        Assert.Equal(12, root.GetProperty("chunks").GetProperty("sent").GetInt32());
        Assert.Equal(0, root.GetProperty("chunks").GetProperty("lost").GetInt32());
        Assert.Equal(0, root.GetProperty("chunks").GetProperty("duplicated").GetInt32());
        Assert.True(root.GetProperty("applianceProcess").GetProperty("peakRssMebibytes").GetDouble() > 0);
        Assert.Equal(12, root.GetProperty("ackLatency").GetProperty("count").GetInt32());
        foreach (var name in new[] { "partialSegmentLatency", "finalSegmentLatency" })
        {
            Assert.Equal(JsonValueKind.Object, root.GetProperty(name).ValueKind);
        }

        Assert.False(string.IsNullOrEmpty(root.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task BenchStream_WhenTheApplianceIsNotWhereGiven_ShouldExitTwoInDutch()
    {
        var result = await Cli.RunAsync("bench", "stream", "--appliance", "/bestaat/niet/whainot-appliance.dll", "--seconds", "1");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Geen appliance op", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchStream_WithUrlButNoUser_ShouldExitTwoInDutch()
    {
        var result = await Cli.RunAsync("bench", "stream", "--url", "https://127.0.0.1:8443", "--seconds", "1");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--url, --user en --password samen", result.Error, StringComparison.Ordinal);
    }
}
