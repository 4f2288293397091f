using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Appliance.Hubs;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>The consent gate on the real hub, over WebSockets with real SignalR clients.</summary>
public sealed class HubTests : NorthWorkerTest
{
    [Fact]
    public async Task UploadAudio_WithoutRecordingConsent_ShouldBeRefusedInDutch()
    {
        var conversation = await NewConversationAsync(consent: false);
        await using var connection = await ConnectAsync(WorkerToken);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("UploadAudio", conversation, Chunks(3)));

        Assert.Contains("geen toestemming", error.Message, StringComparison.Ordinal);
        Assert.Empty(Store.Audio.Sequences(conversation));
    }

    [Fact]
    public async Task UploadAudio_WithConsent_ShouldStoreAndAcknowledgeEveryChunk()
    {
        var conversation = await NewConversationAsync(consent: true);
        await using var connection = await ConnectAsync(WorkerToken);
        var acked = new List<long>();
        connection.On<Guid, long>("Acked", (_, seq) => { lock (acked) { acked.Add(seq); } });

        await connection.InvokeAsync("UploadAudio", conversation, Chunks(5));

        Assert.Equal([0L, 1L, 2L, 3L, 4L], Store.Audio.Sequences(conversation));
        await AudioStreams.WaitUntilAsync(() => { lock (acked) { return acked.Contains(4); } });
    }

    [Fact]
    public async Task ActiveConversations_ShouldCountAnUploadWhileItRunsForTheInstallersUpgradeGuard()
    {
        // Recording only: with transcription the transcriber would (rightly) keep it busy until transcribed.
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, recording: true, transcription: false, aiDrafting: false);
        var activity = Appliance.App.Services.GetRequiredService<WhaiNot.Application.Conversations.ConversationActivity>();
        await using var connection = await ConnectAsync(WorkerToken);
        var acked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<Guid, long>("Acked", (_, _) => acked.TrySetResult());
        var channel = Channel.CreateUnbounded<AudioChunk>();
        var upload = connection.InvokeAsync("UploadAudio", conversation, channel.Reader);
        await channel.Writer.WriteAsync(new AudioChunk(0, new byte[3200]));
        await acked.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var during = activity.ActiveConversations;
        channel.Writer.Complete();
        await upload.WaitAsync(TimeSpan.FromSeconds(10));
        await AudioStreams.WaitUntilAsync(() => activity.ActiveConversations == 0);

        Assert.Equal(1, during);
    }

    [Fact]
    public async Task Revocation_DuringAnUpload_ShouldStopItAndSendStopped()
    {
        var conversation = await NewConversationAsync(consent: true);
        await using var connection = await ConnectAsync(WorkerToken);
        var acked = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<Guid, long>("Acked", (_, seq) => acked.TrySetResult(seq));
        connection.On<Guid, string>("Stopped", (_, reason) => stopped.TrySetResult(reason));
        var channel = Channel.CreateUnbounded<AudioChunk>();
        var upload = connection.InvokeAsync("UploadAudio", conversation, channel.Reader);
        await channel.Writer.WriteAsync(new AudioChunk(0, new byte[3200]));
        await acked.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var revokedAt = System.Diagnostics.Stopwatch.StartNew();
        (await Worker.PostAsJsonAsync($"/api/dossiers/{NorthDossier()}/revocations", new { channel = "gesprek" })).EnsureSuccessStatusCode();
        var reason = await stopped.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var stoppedAfter = revokedAt.Elapsed;
        await upload.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("Toestemming ingetrokken", reason);
        Assert.True(stoppedAfter < TimeSpan.FromSeconds(1), $"Stopped came after {stoppedAfter}");
        Assert.False(Store.ConversationKeys.Exists(conversation));
        Assert.Throws<ContentDestroyedException>(() => Store.Audio.Read(conversation, 0));
    }

    [Fact]
    public async Task Audio_AfterUpload_ShouldBeExactlyTheAcknowledgedBytesAndGoneAfterRevocation()
    {
        var conversation = await NewConversationAsync(consent: true);
        await using var connection = await ConnectAsync(WorkerToken);
        var sent = Enumerable.Range(0, 3).Select(seq => Enumerable.Range(0, 16000).Select(i => (byte)((i + seq) % 256)).ToArray()).ToList();
        await connection.InvokeAsync("UploadAudio", conversation, AudioStreams.From(sent));

        var wav = await Worker.GetByteArrayAsync($"/api/conversations/{conversation}/audio");
        var middle = await Worker.GetByteArrayAsync($"/api/conversations/{conversation}/audio?from=0.5&to=1");

        Assert.Equal("RIFF"u8.ToArray(), wav[..4]);
        Assert.Equal(sent.SelectMany(b => b).ToArray(), wav[44..]);
        Assert.Equal(sent.SelectMany(b => b).Skip(16000).Take(16000).ToArray(), middle[44..]);
        (await Worker.PostAsJsonAsync($"/api/dossiers/{NorthDossier()}/revocations", new { channel = "email" })).EnsureSuccessStatusCode();
        using var gone = await Worker.GetAsync($"/api/conversations/{conversation}/audio");
        Assert.Equal(System.Net.HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task UploadAudio_ResentAfterReconnect_ShouldStoreNothingTwice()
    {
        var conversation = await NewConversationAsync(consent: true);
        await using (var first = await ConnectAsync(WorkerToken))
        {
            await first.InvokeAsync("UploadAudio", conversation, Chunks(3));
        }

        await using var second = await ConnectAsync(WorkerToken);
        await second.InvokeAsync("UploadAudio", conversation, Chunks(5));

        Assert.Equal([0L, 1L, 2L, 3L, 4L], Store.Audio.Sequences(conversation));
    }

    [Fact]
    public async Task JoinConversation_OfAnotherTeam_ShouldBeRefused()
    {
        var conversation = await NewConversationAsync(consent: true);
        await using var other = await ConnectAsync(await Appliance.TokenAsync("worker", "Sociale dienst Zuid"));

        var error = await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync("JoinConversation", conversation));

        Assert.Contains("geen toegang", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 3200)]
    [InlineData(0, 3201)]
    [InlineData(0, 64000)]
    public async Task UploadAudio_WithAGapOddOrOversizedChunk_ShouldRefuseAndKeepWhatWasAcknowledged(long badSeq, int badSize)
    {
        var conversation = await NewConversationAsync(consent: true);
        await using var connection = await ConnectAsync(WorkerToken);
        await connection.InvokeAsync("UploadAudio", conversation, Chunks(1));

        await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync("UploadAudio", conversation, Single(new AudioChunk(badSeq + 1, new byte[badSize]))));

        Assert.Equal([0L], Store.Audio.Sequences(conversation));
    }

    [Fact]
    public async Task NewUpload_WhileTheOldOneIsStillOpen_ShouldTakeOverWithoutAGapOrADuplicate()
    {
        var conversation = await NewConversationAsync(consent: true);
        await using var stale = await ConnectAsync(WorkerToken);
        await using var fresh = await ConnectAsync(WorkerToken);
        var staleChunks = Channel.CreateUnbounded<AudioChunk>();
        var staleUpload = stale.InvokeAsync("UploadAudio", conversation, staleChunks.Reader);
        for (var seq = 0; seq < 3; seq++)
        {
            await staleChunks.Writer.WriteAsync(new AudioChunk(seq, new byte[3200]));
        }

        await AudioStreams.WaitUntilAsync(() => Store.Audio.Sequences(conversation).Count == 3);

        // The reconnected client resends from its first unacknowledged chunk while the old stream is still open.
        await fresh.InvokeAsync("UploadAudio", conversation, Chunks(6)).WaitAsync(TimeSpan.FromSeconds(10));
        await staleUpload.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([0L, 1L, 2L, 3L, 4L, 5L], Store.Audio.Sequences(conversation));
    }

    [Fact]
    public async Task UploadAudio_ForAnUnknownConversation_ShouldBeRefusedInDutch()
    {
        await using var connection = await ConnectAsync(WorkerToken);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("UploadAudio", Guid.NewGuid(), Chunks(1)));

        Assert.Contains("bestaat niet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadAudio_WithAWrongFormat_ShouldFailThatCallOnlyAndKeepTheConnection()
    {
        var conversation = await NewConversationAsync(consent: true);
        await using var connection = await ConnectAsync(WorkerToken);
        await connection.InvokeAsync("UploadAudio", conversation, Chunks(1));

        // A chunk whose pcm is not base64 text: the JSON protocol can't bind it.
        await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync("UploadAudio", conversation, Wrong()));
        await connection.InvokeAsync("UploadAudio", conversation, Chunks(2));

        Assert.Equal(HubConnectionState.Connected, connection.State);
        Assert.Equal([0L, 1L], Store.Audio.Sequences(conversation));
    }

    [Fact]
    public async Task BadChunk_InOneConversation_ShouldNotDisturbAnotherOne()
    {
        var good = await NewConversationAsync(consent: true);
        var bad = await NewConversationAsync(consent: true);
        await using var goodClient = await ConnectAsync(WorkerToken);
        await using var badClient = await ConnectAsync(WorkerToken);
        var goodChunks = Channel.CreateUnbounded<AudioChunk>();
        var upload = goodClient.InvokeAsync("UploadAudio", good, goodChunks.Reader);
        await goodChunks.Writer.WriteAsync(new AudioChunk(0, new byte[3200]));

        await Assert.ThrowsAsync<HubException>(() => badClient.InvokeAsync("UploadAudio", bad, Single(new AudioChunk(5, new byte[3200]))));
        await goodChunks.Writer.WriteAsync(new AudioChunk(1, new byte[3200]));
        goodChunks.Writer.Complete();
        await upload.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([0L, 1L], Store.Audio.Sequences(good));
        Assert.Empty(Store.Audio.Sequences(bad));
    }

    private async Task<Guid> NewConversationAsync(bool consent)
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        if (consent)
        {
            await PutConsentAsync(id, true, true, false);
        }

        return id;
    }

    private static async IAsyncEnumerable<AudioChunk> Chunks(int count)
    {
        for (var seq = 0; seq < count; seq++)
        {
            await Task.Yield();
            yield return new AudioChunk(seq, new byte[3200]);
        }
    }

    private static async IAsyncEnumerable<object> Wrong()
    {
        await Task.Yield();
        yield return new { seq = 1, pcm = 12345 };
    }

    private static async IAsyncEnumerable<AudioChunk> Single(AudioChunk chunk)
    {
        await Task.Yield();
        yield return chunk;
    }

}
