using System.Text.Json;

namespace WhaiNot.Cli.Tests;

/// <summary>bench stream --no-transcription, the load test's mode: only storage and acknowledgement are measured, and the verdict says so.</summary>
public sealed class LoadBenchTests
{
    [Fact]
    public async Task BenchStream_WithoutTranscription_ShouldStoreEverythingAndNotJudgeRealTime()
    {
        var result = await Cli.RunAsync("bench", "stream", "--streams", "3", "--seconds", "2", "--wait", "0", "--no-transcription", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("uit", root.GetProperty("setup").GetProperty("engines").GetString());
        Assert.Equal(24, root.GetProperty("chunks").GetProperty("acknowledged").GetInt32());
        Assert.Equal(0, root.GetProperty("chunks").GetProperty("lost").GetInt32());
        Assert.Equal(24, root.GetProperty("ackLatency").GetProperty("count").GetInt32());
        Assert.StartsWith("transcriptie uit", root.GetProperty("verdict").GetString(), StringComparison.Ordinal);
    }
}
