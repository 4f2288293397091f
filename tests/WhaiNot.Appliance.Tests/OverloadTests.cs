using Microsoft.AspNetCore.SignalR.Client;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// More live conversations than the engine has slots (one slot, four streams uploading as fast as
/// the connection takes them): audio is stored and acknowledged at once regardless, nothing is lost
/// or stored twice, the box says how far behind it is, and every transcript completes afterwards.
/// </summary>
public sealed class OverloadTests : NorthWorkerTest
{
    private const int Streams = 4;

    private static readonly Lazy<byte[]> Speech = new(() => DutchSpeech.Pcm16(
    [
        "Goeiemorgen, ik kom voor een aanvraag van een leefloon.",
        "Ik woon sinds maart alleen en mijn huur is zeshonderd euro.",
    ]));

    protected override bool WithEngines => true;

    protected override IEnumerable<string> ExtraArguments => ["--Appliance:Transcription:Slots", "1"];

    [Fact]
    public async Task MoreStreamsThanSlots_ShouldAcknowledgeEveryChunkOnceKeepItByteExactAndCompleteEveryTranscript()
    {
        var chunks = DutchSpeech.Chunks(Speech.Value);
        var conversations = new List<Guid>();
        for (var i = 0; i < Streams; i++)
        {
            var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
            await PutConsentAsync(id, recording: true, transcription: true, aiDrafting: false);
            conversations.Add(id);
        }

        var connections = new List<HubConnection>();
        var events = new List<LiveEvents>();
        foreach (var _ in conversations)
        {
            var connection = await ConnectAsync(WorkerToken);
            connections.Add(connection);
            events.Add(new LiveEvents(connection));
        }

        try
        {
            await Task.WhenAll(conversations.Select((id, i) => connections[i].InvokeAsync("UploadAudio", id, AudioStreams.From(chunks))));

            // Every chunk was acknowledged while uploading, before transcription caught up.
            foreach (var (id, i) in conversations.Select((id, i) => (id, i)))
            {
                Assert.Equal(Enumerable.Range(0, chunks.Count).Select(n => (long)n), events[i].Acked.Distinct().Order());
                Assert.Equal(chunks.Count, Store.Audio.Sequences(id).Count);
            }

            foreach (var id in conversations)
            {
                using var response = await Worker.PostAsync($"/api/conversations/{id}/end", null);
                response.EnsureSuccessStatusCode();
            }

            await Task.WhenAll(events.Select(e => e.Complete)).WaitAsync(TimeSpan.FromMinutes(4));

            foreach (var (id, i) in conversations.Select((id, i) => (id, i)))
            {
                Assert.Equal(Speech.Value, Store.Audio.ReadRange(id, 0, null));
                Assert.True(Store.Transcripts.Progress(id).Complete);
                var stored = Store.Transcripts.Segments(id);
                Assert.NotEmpty(stored);
                Assert.Equal(stored.Count, stored.Select(s => s.Id).Distinct().Count());
                Assert.All(events[i].Statuses, s => Assert.True(s.GetProperty("lagSeconds").GetDouble() >= 0));
                Assert.Equal(0, events[i].Statuses[^1].GetProperty("lagSeconds").GetDouble(), 1);
            }

            // With one slot for four streams, at least one stream was told it lagged behind.
            Assert.Contains(events, e => e.Statuses.Any(s => s.GetProperty("lagSeconds").GetDouble() > 0));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
