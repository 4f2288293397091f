using System.Diagnostics;
using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Tests;

/// <summary>
/// The appliance freezes and then dies in the middle of a real-time stream, and comes back on the
/// same address: the client reconnects by itself, sends again from the first unacknowledged chunk,
/// and the box ends up with exactly the recording: nothing lost, nothing twice.
/// </summary>
public sealed class StreamReconnectTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("whainot-cli-reconnect-").FullName;
    private ChildApplianceFixture _box = null!;

    public async Task InitializeAsync()
    {
        _box = new ChildApplianceFixture();
        await _box.InitializeAsync();
    }

    public async Task DisposeAsync() => await _box.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Stream_WhenTheApplianceDiesMidway_ShouldResumeFromTheFirstUnacknowledgedChunk()
    {
        var wav = TestWav.Write(_folder, 16000, 1, 16, false, seconds: 8);
        var expected = Pcm16Chunks.ReadWav(new FileInfo(wav));
        var stream = Cli.RunAsync(["stream", .. _box.Connection(), "--dossier", "SD-2026-0102", "--input", wav, "--realtime", "--wait", "0"]);

        // Once audio is arriving (sign-in and set-up can be slow on a loaded machine), the box is
        // frozen, so chunks pile up unacknowledged, and then killed: the client must send them again.
        await AudioArrivesAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await SignalAsync("STOP", _box.Appliance.ProcessId);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await _box.Appliance.KillAsync();
        await _box.Appliance.RestartAsync(CancellationToken.None);
        var result = await stream.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("opnieuw verbinden", result.Error, StringComparison.Ordinal);
        Assert.Contains("hervat vanaf stuk", result.Error, StringComparison.Ordinal);
        Assert.Matches("alle bevestigd \\([1-9][0-9]* opnieuw verstuurd", result.Error);
        using var api = _box.Api();
        var stored = await api.AudioAsync(StreamCommandTests.ConversationOf(result), CancellationToken.None);
        Assert.Equal(expected.Length, stored.Length);
        Assert.Equal(expected, stored);
    }

    private async Task AudioArrivesAsync()
    {
        var audio = Path.Combine(_box.Appliance.DataRoot, "audio");
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (Directory.Exists(audio) && Directory.EnumerateFiles(audio, "*", SearchOption.AllDirectories).Any())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("No audio reached the appliance within 30 s.");
    }

    private static async Task SignalAsync(string signal, int pid)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }
}
