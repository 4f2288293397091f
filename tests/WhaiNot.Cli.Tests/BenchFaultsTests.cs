using System.Text.Json;

namespace WhaiNot.Cli.Tests;

/// <summary>
/// The short seeded fault soak CI runs: a handful of every kind of fault against a child appliance
/// (the full disk only where the test runs as root, as in CI), then nothing acknowledged may be lost,
/// nothing stored twice, and the audit chain must verify. Longer runs: docs/performance.md.
/// </summary>
public sealed class BenchFaultsTests
{
    [Fact]
    public async Task BenchFaults_ShortSeededRun_ShouldLoseNoAcknowledgedChunkAndKeepTheAuditChain()
    {
        var result = await Cli.RunAsync("bench", "faults", "--conversations", "3", "--faults", "8", "--chunks", "16", "--parallel", "2", "--seed", "7", "--disk-mb", "64", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(8, root.GetProperty("faultsInjected").GetInt32());
        Assert.Equal(0, root.GetProperty("acknowledgedChunksLost").GetInt32());
        Assert.Equal(0, root.GetProperty("extraBytes").GetInt64());
        Assert.True(root.GetProperty("auditIntact").GetBoolean());
        Assert.True(root.GetProperty("acknowledgedChunks").GetInt64() >= 3 * 16);
        Assert.True(root.GetProperty("faults").GetProperty("ApplianceKill").GetInt32() > 0, "seed 7 should kill the appliance at least once");
    }

    [Fact]
    public async Task BenchFaults_WhenSettingsAreOutOfRange_ShouldExitTwoInDutch()
    {
        var result = await Cli.RunAsync("bench", "faults", "--parallel", "0");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--parallel van 1 tot 100", result.Error, StringComparison.Ordinal);
    }
}
