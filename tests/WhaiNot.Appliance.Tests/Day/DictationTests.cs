using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace WhaiNot.Appliance.Tests.Day;

/// <summary>
/// Dictation end to end: the worker speaks after a contact, through the real hub, store and whisper.cpp
/// with the self-made test model (noise words, real segments), every segment labelled worker; the
/// worker corrects the transcript and the extractive engine drafts a trajectverslag with sources. A
/// dictation about a client without AI consent is refused like any conversation.
/// </summary>
public sealed class DictationTests : NorthWorkerTest
{
    private static readonly Lazy<byte[]> Speech = new(() => DutchSpeech.Pcm16(
    [
        "Ik had vanmorgen een huisbezoek bij mevrouw.",
        "Ik bel de huisbaas en ik vraag een premie aan.",
    ]));

    protected override bool WithEngines => true;

    [Fact]
    public async Task Dictation_ShouldGoFromAudioToATranscriptOfTheWorkerToATrajectverslagWithSources()
    {
        var dictation = await StartDictationAsync();
        await PutConsentAsync(dictation, recording: true, transcription: true, aiDrafting: true);
        await using var connection = await ConnectAsync(WorkerToken);
        var events = new LiveEvents(connection);

        await connection.InvokeAsync("UploadAudio", dictation, AudioStreams.From(DutchSpeech.Chunks(Speech.Value)));
        (await Worker.PostAsync($"/api/conversations/{dictation}/end", null)).EnsureSuccessStatusCode();
        await events.Complete.WaitAsync(TimeSpan.FromSeconds(90));

        var live = events.FinalSegments();
        Assert.NotEmpty(live);
        Assert.All(live, s => Assert.Equal("worker", s.GetProperty("speaker").GetString()));
        var transcript = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{dictation}/transcript?engineText=true");
        var segments = transcript.GetProperty("segments").EnumerateArray().ToList();
        Assert.All(segments, s => Assert.Equal(("worker", "worker"), (s.GetProperty("speaker").GetString(), s.GetProperty("engineSpeaker").GetString())));

        // The test model hears noise: the worker corrects the last segment to what was said.
        var last = segments[^1].GetProperty("id").GetString()!;
        using (var client = await Worker.PatchAsJsonAsync($"/api/conversations/{dictation}/transcript/segments/{last}", new { speaker = "client" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, client.StatusCode);
            Assert.Contains("alleen de maatschappelijk werker", (await client.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        using (var corrected = await Worker.PatchAsJsonAsync($"/api/conversations/{dictation}/transcript/segments/{last}", new { text = "Ik bel de huisbaas en ik vraag een premie aan, ik regel de tussenkomst." }))
        {
            corrected.EnsureSuccessStatusCode();
        }

        using var drafted = await Worker.PostAsJsonAsync($"/api/conversations/{dictation}/reports", new { template = "trajectverslag-gpmi", engine = "extractive" });
        var report = await drafted.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(drafted.StatusCode == HttpStatusCode.Created, report.ToString());
        Assert.Equal("trajectverslag-gpmi", report.GetProperty("template").GetProperty("id").GetString());
        Assert.Equal("dictation", report.GetProperty("kind").GetString());
        var ocmw = report.GetProperty("content").GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "engagementen_ocmw");
        var sentence = Assert.Single(ocmw.GetProperty("sentences").EnumerateArray());
        Assert.Contains(last, sentence.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(report.GetProperty("aiStatement").EnumerateArray(), l => l.GetString()!.Contains("dictaat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dictation_AboutAClientWithoutAiConsent_ShouldBeRefusedAndKeepTheAlternativePath()
    {
        var dictation = await StartDictationAsync();
        await PutConsentAsync(dictation, recording: true, transcription: true, aiDrafting: false);

        using var refused = await Worker.PostAsJsonAsync($"/api/conversations/{dictation}/reports", new { template = "trajectverslag-gpmi", engine = "extractive" });
        using var manual = await Worker.PostAsJsonAsync($"/api/conversations/{dictation}/reports", new { template = "evaluatieverslag", engine = "manual" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("geen toestemming voor AI", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, manual.StatusCode);
        var report = await manual.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("alternative", report.GetProperty("path").GetString());
        Assert.Contains(report.GetProperty("aiStatement").EnumerateArray(), l => l.GetString()!.Contains("dictaat", StringComparison.Ordinal));
        Assert.Contains(Store.Audit.Read(0, 10_000), e => e.Action == "report.draft-refused");
    }

    [Theory]
    [InlineData("""{"kind":"dictaat"}""")]
    [InlineData("""{"kind":"dictation","client":false}""")]
    [InlineData("""{"kind":true}""")]
    [InlineData("""{"kind":""")]
    public async Task Start_WithABadKind_ShouldBeRefusedAndStartNothing(string body)
    {
        var dossier = NorthDossier();

        using var response = await Worker.PostAsync($"/api/dossiers/{dossier}/conversations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()));
        Assert.Empty(Store.Conversations.ListForTeam(Store.Dossiers.Find(dossier)!.TeamId));
    }

    [Fact]
    public async Task Start_WithoutABody_ShouldStillStartAConversationWithTheClient()
    {
        var started = await CreateConversationAsync(NorthDossier());

        Assert.Equal("conversation", started.GetProperty("kind").GetString());
        Assert.False(Store.Conversations.Find(started.GetProperty("id").GetGuid())!.IsDictation);
    }

    private async Task<Guid> StartDictationAsync()
    {
        using var response = await Worker.PostAsJsonAsync($"/api/dossiers/{NorthDossier()}/conversations", new { kind = "dictation" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("dictation", body.GetProperty("kind").GetString());
        return body.GetProperty("id").GetGuid();
    }
}
