using System.Text.Json;
using WhaiNot.Cli.Bench;
using WhaiNot.TestSupport;

namespace WhaiNot.Cli.Tests;

/// <summary>
/// What whainot stream and bench stream do with the live transcription: final segments printed as
/// they come, the wait for Transcription.complete, the transcript JSON, measured latencies.
/// The appliance runs with its demo engines (test models: the text is noise, so only the
/// structure is asserted, never wording).
/// </summary>
public sealed class StreamTranscriptTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("whainot-cli-transcript-").FullName;
    private ChildAppliance _appliance = null!;

    public async Task InitializeAsync()
    {
        _appliance = await ChildAppliance.StartAsync(ApplianceLocator.Find(null), TestRuntime.DataRoot, [], CancellationToken.None);
        await _appliance.WaitForEnginesAsync(TimeSpan.FromMinutes(3), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _appliance.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Stream_WithRealTimePace_ShouldPrintFinalSegmentsAndWaitForTheCompleteTranscript()
    {
        var wav = await SpeechAsync();

        var result = await Cli.RunAsync([.. Stream(wav), "--realtime", "--wait", "60"]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Het transcript is volledig.", result.Error, StringComparison.Ordinal);
        foreach (var line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Matches(@"^\[\d\d:\d\d,\d – \d\d:\d\d,\d\] ", line);
        }
    }

    [Fact]
    public async Task Stream_WithJson_ShouldPrintTheContractTranscriptOfTheConversation()
    {
        var wav = await SpeechAsync();

        var result = await Cli.RunAsync([.. Stream(wav), "--json", "--wait", "60"]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(StreamCommandTests.ConversationOf(result).ToString(), json.RootElement.GetProperty("id").GetString());
        var ids = new HashSet<string>();
        var duration = WhaiNot.Speech.Audio.WavReader.ReadMono16k(wav).Length / 16000.0;
        foreach (var segment in json.RootElement.GetProperty("segments").EnumerateArray())
        {
            Assert.True(ids.Add(segment.GetProperty("id").GetString()!));
            var start = segment.GetProperty("start").GetDouble();
            Assert.InRange(segment.GetProperty("end").GetDouble(), start, duration + 0.01);
            Assert.Contains(segment.GetProperty("speaker").GetString(), new[] { "worker", "client", "other", "unknown" });
        }
    }

    [Fact]
    public async Task BenchStream_WithTheTranscriber_ShouldMeasureLagAndCompletion()
    {
        var result = await Cli.RunAsync("bench", "stream", "--streams", "2", "--seconds", "10", "--wait", "60", "--json", "--data", TestRuntime.DataRoot);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var transcription = json.RootElement.GetProperty("transcription");
        Assert.True(transcription.GetProperty("events").GetInt32() > 0);
        Assert.Equal(2, transcription.GetProperty("completedStreams").GetInt32());
        Assert.True(transcription.GetProperty("completeAfterLastChunkMaxSeconds").GetDouble() >= 0);
        Assert.NotEqual(JsonValueKind.Null, json.RootElement.GetProperty("realTime").ValueKind);
    }

    private async Task<string> SpeechAsync() => await DutchSpeech.WriteAsync(_folder, CancellationToken.None);

    private string[] Stream(string wav)
    {
        var (username, password) = _appliance.Worker();
        return ["stream", "--url", _appliance.BaseAddress.ToString().TrimEnd('/'), "--user", username, "--password", password, "--ca", _appliance.CertificateAuthorityPath, "--dossier", "SD-2026-0103", "--input", wav];
    }
}
