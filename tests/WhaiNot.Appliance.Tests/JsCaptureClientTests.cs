using System.Text.Json;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// The browser's capture module (src/WhaiNot.Web) under Node: its unit tests, and its end-to-end
/// test against this real appliance, with Dutch speech from espeak-ng fed through the same code a
/// browser runs (resampler, chunker, pending store, @microsoft/signalr client).
/// </summary>
public sealed class JsCaptureClientTests : NorthWorkerTest, IDisposable
{
    private const string Speech =
        "Goedemorgen mevrouw, fijn dat u er bent. We bekijken vandaag samen uw aanvraag voor een leefloon. " +
        "Kunt u eerst iets vertellen over uw woonsituatie? Ik huur een appartement van zeshonderdvijftig euro per maand. " +
        "Ik woon daar samen met mijn twee kinderen. Dank u wel, dan noteer ik dat.";

    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(3);

    private readonly string _work = Directory.CreateTempSubdirectory("whainot-js-").FullName;

    protected override bool WithEngines => true;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task NodeUnitTests_ShouldAllPass()
    {
        ExternalProcess.RequireInstalledPackages();

        var (exitCode, output) = await ExternalProcess.RunAsync("npm", ["test"], ExternalProcess.WebProject, null, NodeTimeout);

        Assert.True(exitCode == 0, $"npm test ended with {exitCode}:\n{output}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaptureClient_ThroughANetworkDropAndAReload_ShouldDeliverExactlyTheRecordedAudio()
    {
        ExternalProcess.RequireInstalledPackages();
        var conversation = await NewConversationAsync(recordingConsent: true);
        var wav = await SpeechWavAsync();
        var result = Path.Combine(_work, "result.json");

        var (exitCode, output) = await RunEndToEndAsync(conversation, wav, result);

        Assert.True(exitCode == 0, $"node ended with {exitCode}:\n{output}");
        var counts = JsonDocument.Parse(await File.ReadAllTextAsync(result)).RootElement;
        var expected = counts.GetProperty("expectedChunks").GetInt32();
        Assert.Equal(expected, counts.GetProperty("chunksAcknowledged").GetInt32());
        Assert.Equal(0, counts.GetProperty("pendingAtEnd").GetInt32());
        Assert.True(counts.GetProperty("reconnects").GetInt32() >= 1, output);
        Assert.NotEqual(0, counts.GetProperty("pendingAtReload").GetArrayLength());
        Assert.True(counts.GetProperty("chunksSent").GetInt32() > expected, "the drop and the reload caused no resends");
        Assert.Equal(Enumerable.Range(0, expected).Select(i => (long)i), Store.Audio.Sequences(conversation));
        var stored = await Worker.GetByteArrayAsync($"/api/conversations/{conversation}/audio");
        Assert.Equal(PcmOf(await File.ReadAllBytesAsync(wav)), stored[44..]);

        // The box transcribes live (real engine, test model): the browser module receives the events.
        // The speech has no pause of 0.7 s, so within the upload the box sends partials; the final comes at the end.
        Assert.True(counts.GetProperty("segments").GetInt32() >= 1, counts.ToString());
        Assert.True(counts.GetProperty("transcriptionEvents").GetInt32() >= 1, counts.ToString());
    }

    [Fact]
    public async Task CaptureClient_WithoutRecordingConsent_ShouldFailWithTheBoxsDutchRefusal()
    {
        ExternalProcess.RequireInstalledPackages();
        var conversation = await NewConversationAsync(recordingConsent: false);
        var wav = await SpeechWavAsync();

        var (exitCode, output) = await RunEndToEndAsync(conversation, wav, Path.Combine(_work, "result.json"));

        Assert.True(exitCode != 0, $"node should have failed:\n{output}");
        Assert.Contains("Voor dit gesprek is er geen toestemming voor een opname", output, StringComparison.Ordinal);
        Assert.Empty(Store.Audio.Sequences(conversation));
    }

    private async Task<Guid> NewConversationAsync(bool recordingConsent)
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        if (recordingConsent)
        {
            await PutConsentAsync(id, recording: true, transcription: true, aiDrafting: false);
        }

        return id;
    }

    private Task<(int ExitCode, string Output)> RunEndToEndAsync(Guid conversation, string wav, string result)
    {
        var environment = new Dictionary<string, string>
        {
            ["WHAINOT_URL"] = Appliance.BaseAddress.GetLeftPart(UriPartial.Authority),
            ["WHAINOT_TOKEN"] = WorkerToken,
            ["WHAINOT_CONVERSATION"] = conversation.ToString(),
            ["WHAINOT_WAV"] = wav,
            ["WHAINOT_RESULT"] = result,
            ["WHAINOT_TRANSCRIPT_WAIT_S"] = "30",
            ["NODE_EXTRA_CA_CERTS"] = PemAuthority(),
        };
        var test = Path.Combine(ExternalProcess.WebProject, "test", "capture.e2e.test.mjs");
        return ExternalProcess.RunAsync("node", ["--test", test], ExternalProcess.WebProject, environment, NodeTimeout);
    }

    // Node reads NODE_EXTRA_CA_CERTS as PEM only; the box writes ca.crt as PEM, but don't rely on it.
    private string PemAuthority()
    {
        var file = Path.Combine(Appliance.DataRoot, "certs", "ca.crt");
        if (File.ReadAllText(file).StartsWith("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            return file;
        }

        var pem = Path.Combine(_work, "ca.pem");
        File.WriteAllText(pem, Appliance.CertificateAuthority.ExportCertificatePem());
        return pem;
    }

    // A few Dutch sentences (about 15 s) as 16 kHz mono PCM16, the format the hub takes.
    private async Task<string> SpeechWavAsync()
    {
        var raw = Path.Combine(_work, "speech-raw.wav");
        var wav = Path.Combine(_work, "speech.wav");
        var espeak = await ExternalProcess.RunAsync("espeak-ng", ["-v", "nl", "-w", raw, Speech], _work, null, TimeSpan.FromMinutes(1));
        Assert.True(espeak.ExitCode == 0, $"espeak-ng: {espeak.Output}");
        var sox = await ExternalProcess.RunAsync("sox", [raw, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", wav], _work, null, TimeSpan.FromMinutes(1));
        Assert.True(sox.ExitCode == 0, $"sox: {sox.Output}");
        return wav;
    }

    // The bytes of the WAV's data chunk, wherever it sits after the header.
    private static byte[] PcmOf(byte[] wav)
    {
        var offset = 12;
        while (offset + 8 <= wav.Length)
        {
            var size = BitConverter.ToInt32(wav, offset + 4);
            if (wav.AsSpan(offset, 4).SequenceEqual("data"u8))
            {
                return wav[(offset + 8)..(offset + 8 + size)];
            }

            offset += 8 + size + (size % 2);
        }

        throw new InvalidDataException("WAV without a data chunk");
    }
}
