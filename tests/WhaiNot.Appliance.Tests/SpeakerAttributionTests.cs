using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WhaiNot.Appliance.Hubs;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// Who said what, end to end through the real hub and transcriber: two espeak-ng voices take
/// turns and the final segments arrive labelled; a worker's correction reaches every screen and
/// the engine's speaker is kept; a two-channel capture's channel decides; the worker's voice
/// profile is enrolled, used and deleted through the API.
/// </summary>
public sealed class SpeakerAttributionTests : NorthWorkerTest
{
    private static readonly (string Sentence, string Voice)[] Turns =
    [
        ("Goeiemorgen, fijn dat u er bent. Waarmee kan ik u vandaag helpen?", "nl+m3"),
        ("Ik kom voor mijn huur. Dat lukt niet meer sinds ik ziek ben.", "nl+f2"),
        ("Hoeveel betaalt u elke maand voor de huur en de energie?", "nl+m3"),
        ("De huur is zeshonderdvijftig euro, en de elektriciteit nog eens tachtig.", "nl+f2"),
        ("Dan bekijken we samen uw uitgaven en uw schulden.", "nl+m3"),
        ("Ja, dat doe ik. Ik heb de papieren thuis in een map.", "nl+f2"),
    ];

    private static readonly Lazy<byte[]> Conversation = new(() => DutchSpeech.Pcm16(Turns));

    protected override bool WithEngines => true;

    [Fact]
    public async Task TwoVoices_ShouldArriveLabelledWorkerAndClient_AndACorrectionReachesEveryScreen()
    {
        var conversation = await NewConversationAsync();
        await using var uploader = await ConnectAsync(WorkerToken);
        await using var otherTab = await ConnectAsync(WorkerToken);
        await otherTab.InvokeAsync("JoinConversation", conversation);
        var events = new LiveEvents(uploader);
        var otherEvents = new LiveEvents(otherTab);

        await uploader.InvokeAsync("UploadAudio", conversation, AudioStreams.From(DutchSpeech.Chunks(Conversation.Value)));
        await EndAsync(conversation);
        await Task.WhenAll(events.Complete, otherEvents.Complete).WaitAsync(TimeSpan.FromSeconds(90));

        var finals = events.FinalSegments();
        Assert.Equal(Turns.Length, finals.Count);
        Assert.Equal(Turns.Select(t => t.Voice == "nl+m3" ? "worker" : "client"), finals.Select(s => s.GetProperty("speaker").GetString()));
        Assert.All(finals, s => Assert.InRange(s.GetProperty("speakerConfidence").GetDouble(), 0.2, 1));

        // The worker says segment 2 was someone else: every screen hears it, the engine's label stays for the figures.
        var second = finals[1].GetProperty("id").GetString();
        using (var patch = await Worker.PatchAsJsonAsync($"/api/conversations/{conversation}/transcript/segments/{second}", new { speaker = "other" }))
        {
            patch.EnsureSuccessStatusCode();
        }

        await AudioStreams.WaitUntilAsync(() => otherEvents.Segments.Any(s => s.GetProperty("id").GetString() == second && s.GetProperty("speaker").GetString() == "other"));
        var corrected = otherEvents.Segments.Last(s => s.GetProperty("id").GetString() == second);
        Assert.Equal(JsonValueKind.Null, corrected.GetProperty("speakerConfidence").ValueKind);
        var transcript = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{conversation}/transcript?engineText=true");
        var stored = transcript.GetProperty("segments").EnumerateArray().Single(s => s.GetProperty("id").GetString() == second);
        Assert.Equal("other", stored.GetProperty("speaker").GetString());
        Assert.Equal("client", stored.GetProperty("engineSpeaker").GetString());
        Assert.InRange(stored.GetProperty("engineSpeakerConfidence").GetDouble(), 0.2, 1);
    }

    [Fact]
    public async Task TwoChannelCapture_ShouldLetTheDominantChannelDecide()
    {
        // One voice only, so the acoustics alone would call everything "worker"; the channel says the last turns were the table microphone's.
        var lines = Turns.Select(t => (t.Sentence, "nl")).ToList();
        var pcm = DutchSpeech.Pcm16(lines);
        var chunks = DutchSpeech.Chunks(pcm);
        var half = chunks.Count / 2;
        var conversation = await NewConversationAsync();
        await using var connection = await ConnectAsync(WorkerToken);
        var events = new LiveEvents(connection);

        await connection.InvokeAsync("UploadAudio", conversation, WithChannels(chunks, seq => seq < half ? 1 : 2));
        await EndAsync(conversation);
        await events.Complete.WaitAsync(TimeSpan.FromSeconds(90));

        var finals = events.FinalSegments();
        var halfSeconds = half * 0.25;
        Assert.NotEmpty(finals);
        Assert.All(finals.Where(s => s.GetProperty("end").GetDouble() < halfSeconds), s => Assert.Equal("worker", s.GetProperty("speaker").GetString()));
        Assert.All(finals.Where(s => s.GetProperty("start").GetDouble() > halfSeconds), s => Assert.Equal("client", s.GetProperty("speaker").GetString()));
        Assert.Contains(finals, s => s.GetProperty("speaker").GetString() == "client");
    }

    [Fact]
    public async Task UnknownChannel_ShouldBeRefusedInDutch()
    {
        var conversation = await NewConversationAsync();
        await using var connection = await ConnectAsync(WorkerToken);

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("UploadAudio", conversation, WithChannels([DutchSpeech.Silence(0.25)], _ => 7)));

        Assert.Contains("kanaal 7", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoiceProfile_ShouldBeEnrolledReadAndDeletedByTheWorker_WithoutTheVectorInAnyAnswer()
    {
        var before = await Worker.GetFromJsonAsync<JsonElement>("/api/me/voice-profile");
        Assert.False(before.GetProperty("enrolled").GetBoolean());

        var enrolment = string.Join(' ', Enumerable.Repeat("Ik ben maatschappelijk werker bij het OCMW en ik lees deze tekst rustig voor, zodat de box mijn stem herkent.", 3));
        using (var put = await PutWavAsync(DutchSpeech.Wav(enrolment, "nl+m3")))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            var body = await put.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(body.GetProperty("enrolled").GetBoolean());
            Assert.Equal(["enrolled", "enrolledAt"], body.EnumerateObject().Select(p => p.Name));
        }

        Assert.True((await Worker.GetFromJsonAsync<JsonElement>("/api/me/voice-profile")).GetProperty("enrolled").GetBoolean());
        using (var delete = await Worker.DeleteAsync("/api/me/voice-profile"))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        Assert.False((await Worker.GetFromJsonAsync<JsonElement>("/api/me/voice-profile")).GetProperty("enrolled").GetBoolean());
        using var again = await Worker.DeleteAsync("/api/me/voice-profile");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task VoiceProfile_TooShortOrNotWav_ShouldBeRefusedInDutchAndKeepNothing()
    {
        using var tooShort = await PutWavAsync(DutchSpeech.Wav("Goeiedag.", "nl"));
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("20 tot 30 seconden", (await tooShort.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);

        using var notWav = new ByteArrayContent(Encoding.UTF8.GetBytes("geen audio"));
        notWav.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        using var bad = await Worker.PutAsync("/api/me/voice-profile", notWav);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("WAV", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);

        Assert.False((await Worker.GetFromJsonAsync<JsonElement>("/api/me/voice-profile")).GetProperty("enrolled").GetBoolean());
    }

    [Theory]
    [InlineData("worker", North, HttpStatusCode.NoContent)]
    [InlineData("teamlead", North, HttpStatusCode.NoContent)]
    [InlineData("functional-admin", null, HttpStatusCode.Forbidden)]
    [InlineData("dpo", null, HttpStatusCode.Forbidden)]
    [InlineData("it-admin", null, HttpStatusCode.Forbidden)]
    public async Task VoiceProfileWrites_ForEachRole_ShouldAllowOrRefuse(string role, string? team, HttpStatusCode expectedDelete)
    {
        using var client = Appliance.ClientWithToken(await Appliance.TokenAsync(role, team));
        var enrolment = string.Join(' ', Enumerable.Repeat("Ik lees deze tekst rustig voor, zodat de box mijn stem herkent in een gesprek.", 3));
        using var wav = new ByteArrayContent(DutchSpeech.Wav(enrolment, "nl+f2"));
        wav.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");

        using var put = await client.PutAsync("/api/me/voice-profile", wav);
        using var delete = await client.DeleteAsync("/api/me/voice-profile");

        Assert.Equal(expectedDelete == HttpStatusCode.NoContent ? HttpStatusCode.OK : HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(expectedDelete, delete.StatusCode);
    }

    private static async IAsyncEnumerable<AudioChunk> WithChannels(IReadOnlyList<byte[]> chunks, Func<int, int> channelOf)
    {
        for (var seq = 0; seq < chunks.Count; seq++)
        {
            await Task.Yield();
            yield return new AudioChunk(seq, chunks[seq], channelOf(seq));
        }
    }

    private async Task<HttpResponseMessage> PutWavAsync(byte[] wav)
    {
        using var content = new ByteArrayContent(wav);
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        return await Worker.PutAsync("/api/me/voice-profile", content);
    }

    private async Task<Guid> NewConversationAsync()
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(id, recording: true, transcription: true, aiDrafting: false);
        return id;
    }

    private async Task EndAsync(Guid conversation)
    {
        using var response = await Worker.PostAsync($"/api/conversations/{conversation}/end", null);
        response.EnsureSuccessStatusCode();
    }
}
