using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Appliance.Hubs;
using WhaiNot.Application.Engines;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// Live transcription end to end: real Kestrel, real SignalR clients, the real whisper.cpp runtime
/// with the self-made test model (it produces noise words, but real segments, timings and events),
/// and real Dutch speech from espeak-ng.
/// </summary>
public sealed partial class TranscriptionTests : NorthWorkerTest
{
    private static readonly string[] Sentences =
    [
        "Goeiemorgen mevrouw, ik ben de maatschappelijk werker van het OCMW.",
        "Ik huur een appartement van zeshonderd euro per maand.",
        "Mijn uitkering stopt op één april, daarom vraag ik een leefloon aan.",
    ];

    private static readonly Lazy<byte[]> Speech = new(() => DutchSpeech.Pcm16(Sentences));

    protected override bool WithEngines => true;

    [Fact]
    public async Task LiveUpload_AtRealTimePace_ShouldSendPartialsThenFinalsAndCompleteAfterTheEnd()
    {
        var conversation = await NewConversationAsync(transcription: true);
        await using var connection = await ConnectAsync(WorkerToken);
        var events = new LiveEvents(connection);

        await connection.InvokeAsync("UploadAudio", conversation, AudioStreams.Paced(DutchSpeech.Chunks(Speech.Value), TimeSpan.FromMilliseconds(250)));
        await EndAsync(conversation);
        await events.Complete.WaitAsync(TimeSpan.FromSeconds(60));

        var partials = events.Segments.Where(s => !s.GetProperty("final").GetBoolean()).ToList();
        var finals = events.FinalSegments();
        Assert.NotEmpty(partials);
        Assert.NotEmpty(finals);
        Assert.All(finals, s => Assert.Matches(SegmentId(), s.GetProperty("id").GetString()!));
        Assert.Equal(finals.Count, finals.Select(s => s.GetProperty("id").GetString()).Distinct().Count());
        var duration = Speech.Value.Length / (double)DutchSpeech.BytesPerSecond;
        Assert.All(finals, s => Assert.InRange(s.GetProperty("start").GetDouble(), 0, s.GetProperty("end").GetDouble()));
        Assert.All(finals, s => Assert.InRange(s.GetProperty("end").GetDouble(), 0, duration));

        // The transcript endpoint returns what the screen showed, in the contract's shape.
        var transcript = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{conversation}/transcript");
        Assert.True(transcript.GetProperty("complete").GetBoolean());
        Assert.Equal("nl", transcript.GetProperty("language").GetString());
        var stored = transcript.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(finals.Select(s => s.GetProperty("id").GetString()), stored.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(finals.Select(s => s.GetProperty("text").GetString()), stored.Select(s => s.GetProperty("text").GetString()));
        // One voice throughout: the voice that opens the conversation is the worker's.
        Assert.Equal(finals.Select(s => s.GetProperty("speaker").GetString()), stored.Select(s => s.GetProperty("speaker").GetString()));
        Assert.All(stored, s => Assert.Equal("worker", s.GetProperty("speaker").GetString()));
    }

    [Fact]
    public async Task Silence_ShouldGiveNoSegmentsAndStillComplete()
    {
        var conversation = await NewConversationAsync(transcription: true);
        await using var connection = await ConnectAsync(WorkerToken);
        var events = new LiveEvents(connection);

        await connection.InvokeAsync("UploadAudio", conversation, AudioStreams.From(DutchSpeech.Chunks(DutchSpeech.Silence(8))));
        await EndAsync(conversation);
        await events.Complete.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(events.Segments);
        var transcript = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{conversation}/transcript");
        Assert.Empty(transcript.GetProperty("segments").EnumerateArray());
    }

    [Fact]
    public async Task TwoConversationsAtOnce_ShouldBothBeTranscribedCompletely()
    {
        var first = await NewConversationAsync(transcription: true);
        var second = await NewConversationAsync(transcription: true, dossier: 1);
        await using var a = await ConnectAsync(WorkerToken);
        await using var b = await ConnectAsync(WorkerToken);
        var eventsA = new LiveEvents(a);
        var eventsB = new LiveEvents(b);

        await Task.WhenAll(
            a.InvokeAsync("UploadAudio", first, AudioStreams.From(DutchSpeech.Chunks(Speech.Value))),
            b.InvokeAsync("UploadAudio", second, AudioStreams.From(DutchSpeech.Chunks(Speech.Value))));
        await EndAsync(first);
        await EndAsync(second);
        await Task.WhenAll(eventsA.Complete, eventsB.Complete).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.NotEmpty(eventsA.FinalSegments());
        Assert.NotEmpty(eventsB.FinalSegments());

        // Each client hears only its own conversation; the same audio gives the same segmentation.
        Assert.Equal(eventsA.FinalSegments().Select(s => s.GetProperty("start").GetDouble()), eventsB.FinalSegments().Select(s => s.GetProperty("start").GetDouble()));
        Assert.Equal(Speech.Value, (await Worker.GetByteArrayAsync($"/api/conversations/{second}/audio"))[44..]);
    }

    [Fact]
    public async Task OtherTabOfTheWorker_ShouldReceiveTheSameSegments()
    {
        var conversation = await NewConversationAsync(transcription: true);
        await using var uploader = await ConnectAsync(WorkerToken);
        await using var otherTab = await ConnectAsync(WorkerToken);
        await otherTab.InvokeAsync("JoinConversation", conversation);
        var uploaderEvents = new LiveEvents(uploader);
        var otherEvents = new LiveEvents(otherTab);

        await uploader.InvokeAsync("UploadAudio", conversation, AudioStreams.From(DutchSpeech.Chunks(Speech.Value)));
        await EndAsync(conversation);
        await Task.WhenAll(uploaderEvents.Complete, otherEvents.Complete).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEmpty(otherEvents.FinalSegments());
        Assert.Equal(
            uploaderEvents.FinalSegments().Select(s => s.GetProperty("text").GetString()),
            otherEvents.FinalSegments().Select(s => s.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task WithoutTranscriptionConsent_AudioIsKeptButNeverTranscribed()
    {
        var conversation = await NewConversationAsync(transcription: false);
        await using var connection = await ConnectAsync(WorkerToken);
        var events = new LiveEvents(connection);

        await connection.InvokeAsync("UploadAudio", conversation, AudioStreams.From(DutchSpeech.Chunks(Speech.Value)));
        await EndAsync(conversation);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Empty(events.Segments);
        Assert.Empty(events.Statuses);
        Assert.Empty(Store.Transcripts.Segments(conversation));
        Assert.Equal(Speech.Value.Length, Store.Audio.ReadRange(conversation, 0, null).Length);
    }

    [Fact]
    public async Task ConsentGivenLaterThroughTheWebAppsService_ShouldStillTranscribeEverythingStored()
    {
        // The hub stops asking the store about a conversation without transcription consent; a
        // consent recorded through the service the web app calls (no endpoint involved) must end that.
        var conversation = await NewConversationAsync(transcription: false);
        var chunks = DutchSpeech.Chunks(Speech.Value);
        var half = chunks.Count / 2;
        await using var connection = await ConnectAsync(WorkerToken);
        var events = new LiveEvents(connection);
        await connection.InvokeAsync("UploadAudio", conversation, AudioStreams.From(chunks.Take(half).ToList()));
        Assert.Empty(events.Segments);

        var services = Appliance.App.Services.GetRequiredService<WhaiNot.Application.Conversations.ConversationService>();
        var worker = Store.Accounts.FindUser(Store.Conversations.Find(conversation)!.CreatedBy)!;
        services.RecordConsent(worker, conversation, recording: true, transcription: true, aiDrafting: false);
        await connection.InvokeAsync("UploadAudio", conversation, Resumed(chunks, half));
        services.End(worker, conversation);
        await events.Complete.WaitAsync(TimeSpan.FromSeconds(90));

        Assert.NotEmpty(events.FinalSegments());
        Assert.True(Store.Transcripts.Progress(conversation).Complete);
        Assert.Equal(Speech.Value, Store.Audio.ReadRange(conversation, 0, null));
        Assert.InRange(events.FinalSegments()[0].GetProperty("start").GetDouble(), 0, half * 0.25); // the audio stored before the consent is transcribed too
    }

    private static async IAsyncEnumerable<AudioChunk> Resumed(IReadOnlyList<byte[]> chunks, int from)
    {
        for (var seq = from; seq < chunks.Count; seq++)
        {
            await Task.Yield();
            yield return new AudioChunk(seq, chunks[seq]);
        }
    }

    [Fact]
    public async Task Correction_ShouldKeepTheIdAndTheEngineTextAndBeAuditedWithoutContent()
    {
        var (conversation, segment) = await TranscribedAsync();
        await using var otherTab = await ConnectAsync(WorkerToken);
        await otherTab.InvokeAsync("JoinConversation", conversation);
        var otherEvents = new LiveEvents(otherTab);
        var id = segment.GetProperty("id").GetString();

        using var response = await Worker.PatchAsJsonAsync($"/api/conversations/{conversation}/transcript/segments/{id}", new { text = "Mevrouw huurt een appartement.", speaker = "client" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var transcript = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{conversation}/transcript?engineText=true");
        var corrected = transcript.GetProperty("segments").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
        Assert.Equal("Mevrouw huurt een appartement.", corrected.GetProperty("text").GetString());
        Assert.Equal("client", corrected.GetProperty("speaker").GetString());
        Assert.Equal(segment.GetProperty("text").GetString(), corrected.GetProperty("engineText").GetString());
        // The engine's speaker is what attribution gave the live segment (the first utterance anchors the worker), kept beside the correction.
        Assert.Equal(segment.GetProperty("speaker").GetString(), corrected.GetProperty("engineSpeaker").GetString());
        Assert.NotEqual("client", corrected.GetProperty("engineSpeaker").GetString());
        Assert.Equal(segment.GetProperty("start").GetDouble(), corrected.GetProperty("start").GetDouble(), 2);

        var audit = Store.Audit.Read(0, 10_000).Where(e => e.Action == "transcript.edit").ToList();
        var entry = Assert.Single(audit);
        Assert.Contains($"segment={id}", entry.Outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("appartement", entry.Outcome, StringComparison.OrdinalIgnoreCase);
        await AudioStreams.WaitUntilAsync(() => otherEvents.Segments.Any(s => s.GetProperty("text").GetString() == "Mevrouw huurt een appartement."));
    }

    [Theory]
    [InlineData("{\"text\":\"\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"speaker\":\"buurman\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"x\",\"reden\":\"typo\"}", HttpStatusCode.BadRequest)]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", HttpStatusCode.BadRequest)]
    public async Task Correction_WithBadInput_ShouldBeRefusedAndChangeNothing(string body, HttpStatusCode expected)
    {
        var (conversation, segment) = await TranscribedAsync();
        var id = segment.GetProperty("id").GetString();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Worker.PatchAsync($"/api/conversations/{conversation}/transcript/segments/{id}", content);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()));
        Assert.Equal(segment.GetProperty("text").GetString(), Store.Transcripts.Find(conversation, id!)!.Text);
    }

    [Fact]
    public async Task Correction_OfAnUnknownSegmentOrByAnotherTeam_ShouldBeRefused()
    {
        var (conversation, segment) = await TranscribedAsync();
        using var south = Appliance.ClientWithToken(await Appliance.TokenAsync("worker", "Sociale dienst Zuid"));

        using var unknown = await Worker.PatchAsJsonAsync($"/api/conversations/{conversation}/transcript/segments/s999", new { text = "x" });
        using var otherTeam = await south.PatchAsJsonAsync($"/api/conversations/{conversation}/transcript/segments/{segment.GetProperty("id").GetString()}", new { text = "x" });
        using var otherTeamRead = await south.GetAsync($"/api/conversations/{conversation}/transcript");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTeamRead.StatusCode);
    }

    [Fact]
    public async Task Revocation_ShouldMakeTheTranscriptUnreadable()
    {
        var (conversation, _) = await TranscribedAsync();

        (await Worker.PostAsJsonAsync($"/api/dossiers/{NorthDossier()}/revocations", new { channel = "telefoon" })).EnsureSuccessStatusCode();

        using var gone = await Worker.GetAsync($"/api/conversations/{conversation}/transcript");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Throws<ContentDestroyedException>(() => Store.Transcripts.Segments(conversation));
    }

    [Fact]
    public async Task ModelImport_InTheMiddleOfAStream_ShouldSwitchModelsWithoutARestartAndCompleteTheTranscript()
    {
        var conversation = await NewConversationAsync(transcription: true);
        var chunks = DutchSpeech.Chunks(Speech.Value);
        await using var connection = await ConnectAsync(WorkerToken);
        var events = new LiveEvents(connection);
        await connection.InvokeAsync("UploadAudio", conversation, AudioStreams.From(chunks.Take(chunks.Count / 2).ToList()));
        await AudioStreams.WaitUntilAsync(() => events.Segments.Count > 0);

        // IT brings a production-named Whisper file (here: the test model's bytes) while the stream runs.
        var stick = Path.Combine(Appliance.DataRoot, "stick");
        Directory.CreateDirectory(stick);
        File.Copy(Path.Combine(Appliance.DataRoot, "models", "whisper-tiny-random.bin"), Path.Combine(stick, "ggml-large-v3-turbo.bin"));
        var imported = Appliance.App.Services.GetRequiredService<ModelImporter>().Import("it:test", stick, allowUnlisted: false);

        await connection.InvokeAsync("UploadAudio", conversation, AudioStreams.From(chunks));
        await EndAsync(conversation);
        await events.Complete.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("whisper-large-v3-turbo", Assert.Single(imported).Name);
        var health = await Appliance.Client().GetFromJsonAsync<JsonElement>("/health");
        Assert.Contains(health.GetProperty("models").EnumerateArray(), m => m.GetProperty("name").GetString() == "whisper-large-v3-turbo");
        var all = await Worker.GetByteArrayAsync($"/api/conversations/{conversation}/audio");
        Assert.Equal(chunks.SelectMany(c => c).ToArray(), all[44..]);
        var transcript = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{conversation}/transcript");
        Assert.True(transcript.GetProperty("complete").GetBoolean());
    }

    /// <summary>A conversation whose speech is transcribed and ended, and one of its final segments.</summary>
    private async Task<(Guid Conversation, JsonElement Segment)> TranscribedAsync()
    {
        var conversation = await NewConversationAsync(transcription: true);
        await using var connection = await ConnectAsync(WorkerToken);
        var events = new LiveEvents(connection);
        await connection.InvokeAsync("UploadAudio", conversation, AudioStreams.From(DutchSpeech.Chunks(Speech.Value)));
        await EndAsync(conversation);
        await events.Complete.WaitAsync(TimeSpan.FromSeconds(60));
        return (conversation, events.FinalSegments()[0]);
    }

    private async Task<Guid> NewConversationAsync(bool transcription, int dossier = 0)
    {
        var id = (await CreateConversationAsync(NorthDossier(dossier))).GetProperty("id").GetGuid();
        await PutConsentAsync(id, recording: true, transcription, aiDrafting: false);
        return id;
    }

    private async Task EndAsync(Guid conversation)
    {
        using var response = await Worker.PostAsync($"/api/conversations/{conversation}/end", null);
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex("^s[0-9]{3,}$")]
    private static partial Regex SegmentId();
}
