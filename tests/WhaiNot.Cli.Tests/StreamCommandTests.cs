using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Tests;

/// <summary>
/// whainot stream against the real appliance as a child process: refusals come back in Dutch with
/// the contract's exit codes, and an upload leaves exactly the sent audio on the box.
/// </summary>
public sealed class StreamCommandTests(ChildApplianceFixture box) : IClassFixture<ChildApplianceFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("whainot-cli-stream-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Stream_WhenInputIsMissing_ShouldExitTwoInDutch()
    {
        var result = await StreamAsync(box.Connection(), "--dossier", await NorthDossierAsync(), "--input", Path.Combine(_folder, "bestaat-niet.wav"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("bestaat niet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_WhenInputIsNotWav_ShouldExitTwoInDutch()
    {
        var input = Path.Combine(_folder, "opname.mp3");
        await File.WriteAllBytesAsync(input, [0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0]);

        var result = await StreamAsync(box.Connection(), "--dossier", await NorthDossierAsync(), "--input", input);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("geen WAV-bestand", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_WithAWrongPassword_ShouldExitTwoInDutch()
    {
        var (username, _) = box.Credential("worker");

        var result = await StreamAsync(["--url", box.Url, "--user", username, "--password", "fout-wachtwoord", "--ca", box.CaPath], "--dossier", Guid.NewGuid().ToString(), "--input", Wav());

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Aanmelden als", result.Error, StringComparison.Ordinal);
        Assert.Contains("niet gelukt", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0b9e4d8e-1111-4222-8333-944455556666", "Dit dossier bestaat niet")]
    [InlineData("SD-2099-9999", "Geen dossier 'SD-2099-9999'")]
    public async Task Stream_ToAnUnknownDossier_ShouldExitTwoInDutch(string dossier, string message)
    {
        var result = await StreamAsync(box.Connection(), "--dossier", dossier, "--input", Wav());

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("worker", "Sociale dienst Zuid")]
    [InlineData("dpo", null)]
    public async Task Stream_WithoutRightsOnTheDossier_ShouldExitTwoInDutch(string role, string? team)
    {
        var result = await StreamAsync(box.Connection(role, team), "--dossier", await NorthDossierAsync(), "--input", Wav());

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("geen toegang", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_WhenTheCertificateIsNotTrusted_ShouldExitOneAndNameTheCaOption()
    {
        var (username, password) = box.Credential("worker");

        // No --ca and a data folder without certs/: only the system store, which doesn't know the box's CA.
        var result = await StreamAsync(["--url", box.Url, "--user", username, "--password", password, "--data", _folder], "--dossier", Guid.NewGuid().ToString(), "--input", Wav());

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("niet vertrouwd", result.Error, StringComparison.Ordinal);
        Assert.Contains("--ca", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_WhenNoApplianceListens_ShouldExitOneInDutch()
    {
        var (username, password) = box.Credential("worker");

        var result = await StreamAsync(["--url", "https://127.0.0.1:1", "--user", username, "--password", password, "--ca", box.CaPath], "--dossier", Guid.NewGuid().ToString(), "--input", Wav());

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("niet bereikbaar", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_WithAPlainHttpUrl_ShouldExitTwo()
    {
        var result = await StreamAsync(["--url", "http://127.0.0.1:8080", "--user", "a", "--password", "b"], "--dossier", Guid.NewGuid().ToString(), "--input", Wav());

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("alleen HTTPS", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_OfAStereo44kWav_ShouldLeaveExactlyTheSentAudioOnTheBox()
    {
        var wav = TestWav.Write(_folder, 44100, 2, 24, false, seconds: 3.3);
        var expected = Pcm16Chunks.ReadWav(new FileInfo(wav));

        // --wait 0: only the upload is under test here; the transcript is StreamTranscriptTests' part.
        var result = await StreamAsync(box.Connection(), "--dossier", "SD-2026-0101", "--input", wav, "--wait", "0");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("14 stukken", result.Error, StringComparison.Ordinal);
        using var api = box.Api();
        var stored = await api.AudioAsync(ConversationOf(result), CancellationToken.None);
        Assert.Equal(3.3 * 32000, expected.Length, tolerance: 2);
        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task Stream_WhenConsentIsRevokedDuringTheConversation_ShouldStopWithTheReasonAndExitOne()
    {
        var wav = TestWav.Write(_folder, 16000, 1, 16, false, seconds: 6);
        var stream = StreamAsync(box.Connection(), "--dossier", "SD-2026-0103", "--input", wav, "--realtime", "--wait", "0");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        using var api = box.Api();
        var dossier = (await api.DossiersAsync(CancellationToken.None)).Single(d => d.Reference == "SD-2026-0103").Id;
        using var http = new HttpClient(box.Appliance.Trust().CreateHandler()) { BaseAddress = box.Appliance.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", await api.TokenAsync(CancellationToken.None));
        using var revoked = await http.PostAsync($"/api/dossiers/{dossier}/revocations", new StringContent("{\"channel\":\"gesprek\"}", System.Text.Encoding.UTF8, "application/json"));
        revoked.EnsureSuccessStatusCode();
        var result = await stream.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("De appliance stopte de opname: Toestemming ingetrokken.", result.Error, StringComparison.Ordinal);
    }

    internal static Guid ConversationOf(CliResult result)
    {
        var match = System.Text.RegularExpressions.Regex.Match(result.Error, "Gesprek ([0-9a-f-]{36}) gestart");
        Assert.True(match.Success, result.ToString());
        return Guid.Parse(match.Groups[1].Value);
    }

    private static Task<CliResult> StreamAsync(string[] connection, params string[] args) => Cli.RunAsync(["stream", .. connection, .. args]);

    private string Wav() => TestWav.Write(_folder, 16000, 1, 16, false, seconds: 1);

    private async Task<string> NorthDossierAsync()
    {
        using var api = box.Api();
        return (await api.DossiersAsync(CancellationToken.None))[0].Id.ToString();
    }
}
