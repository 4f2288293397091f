using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WhaiNot.Appliance.Hubs;
using WhaiNot.TestSupport.Fuzzing;

namespace WhaiNot.Appliance.Tests.Fuzz;

/// <summary>
/// Seeded uploads over /hubs/conversation mixing valid chunks with resends, negative and huge
/// sequence numbers, null, empty, odd and oversize payloads and items of the wrong shape. Every
/// upload ends normally or with a Dutch refusal; the box stores exactly the valid chunks, in order.
/// </summary>
public sealed class HubChunkFuzzTests : NorthWorkerTest
{
    // SignalR puts its own English sentence before a HubException's message; the refusal follows it.
    private const string RefusalMarker = "HubException: ";

    [Fact]
    public async Task UploadAudio_WhenFuzzed_ShouldRefuseInDutchAndStoreExactlyTheValidChunks()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, recording: true, transcription: false, aiDrafting: false);
        await using var hub = await ConnectAsync(WorkerToken);
        var expected = new List<byte>();
        var next = 0L;
        var problems = new List<string>();
        foreach (var seed in FuzzRun.Seeds(FuzzRun.Iterations(40)))
        {
            var random = new Random(seed);
            var items = new List<object?>();
            for (var i = random.Next(4); i > 0; i--)
            {
                var pcm = Pcm(random, 2 * (1 + random.Next(400)));
                items.Add(new AudioChunk(next + items.Count, pcm));
            }

            // Resend of something already stored: acknowledged again, not stored twice.
            if (next > 0 && random.Next(3) == 0)
            {
                items.Insert(0, new AudioChunk(random.Next((int)Math.Min(next, int.MaxValue)), Pcm(random, 64)));
            }

            var bad = random.Next(3) == 0 ? null : BadItem(random, next + items.Count(i => i is AudioChunk c && c.Seq >= next));
            if (bad is not null)
            {
                items.Add(bad.Value.Item);
            }

            var error = await UploadAsync(hub, conversation, items);
            if (error is not null && (bad is null || !IsDutchRefusal(error)))
            {
                problems.Add($"seed {seed} ({bad?.Name ?? "valid"}): {error}");
            }
            else if (bad is not null && error is null && !bad.Value.Harmless)
            {
                problems.Add($"seed {seed} ({bad.Value.Name}): accepted");
            }

            foreach (var chunk in items.OfType<AudioChunk>().Where(c => c.Seq >= next && !ReferenceEquals(c, bad?.Item)))
            {
                expected.AddRange(chunk.Pcm);
                next = chunk.Seq + 1;
            }
        }

        var wav = await Worker.GetByteArrayAsync($"/api/conversations/{conversation}/audio");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(10)));
        Assert.Equal(expected.ToArray(), wav[44..]);
    }

    /// <summary>Found by the fuzz run (seeds 7, 8, 9, 13 of base 1): these gave English framework errors or a NullReferenceException.</summary>
    [Theory]
    [InlineData("null item")]
    [InlineData("string seq")]
    [InlineData("number item")]
    [InlineData("wrong pcm type")]
    [InlineData("negative seq")]
    public async Task UploadAudio_WhenItemIsMalformed_ShouldRefuseInDutchAndStoreNothing(string kind)
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, recording: true, transcription: false, aiDrafting: false);
        await using var hub = await ConnectAsync(WorkerToken);
        var bad = Enumerable.Range(0, 200).Select(seed => BadItem(new Random(seed), 0)).First(b => b!.Value.Name == kind)!.Value;

        var error = await UploadAsync(hub, conversation, [bad.Item]);

        Assert.NotNull(error);
        Assert.True(IsDutchRefusal(error), error);
        using var audio = await Worker.GetAsync($"/api/conversations/{conversation}/audio");
        Assert.True(audio.StatusCode != System.Net.HttpStatusCode.OK || (await audio.Content.ReadAsByteArrayAsync()).Length == 44);
    }

    private static bool IsDutchRefusal(string error) =>
        error.IndexOf(RefusalMarker, StringComparison.Ordinal) is var at and >= 0 && error[(at + RefusalMarker.Length)..] is var text && text.StartsWith("Stuk ", StringComparison.Ordinal) | text.StartsWith("Een stuk ", StringComparison.Ordinal);

    private static byte[] Pcm(Random random, int length)
    {
        var pcm = new byte[length];
        random.NextBytes(pcm);
        return pcm;
    }

    /// <summary>An item the hub must refuse; Harmless: one it may also quietly skip.</summary>
    private static (string Name, object? Item, bool Harmless)? BadItem(Random random, long next) => random.Next(11) switch
    {
        0 => ("negative seq", new AudioChunk(-1 - random.Next(1000), [1, 2]), false),
        1 => ("long.MaxValue seq", new AudioChunk(long.MaxValue, [1, 2]), false),
        2 => ("gap", new AudioChunk(next + 1 + random.Next(1000), [1, 2]), false),
        3 => ("null pcm", new AudioChunk(next, null!), false),
        4 => ("empty pcm", new AudioChunk(next, []), false),
        5 => ("odd pcm", new AudioChunk(next, [1, 2, 3]), false),
        6 => ("oversize pcm", new AudioChunk(next, new byte[AudioChunk.MaxBytes + 2]), false),
        7 => ("null item", null, false),
        8 => ("string seq", new { seq = "zeven", pcm = "AAA=" }, false),
        9 => ("number item", 42, false),
        _ => ("wrong pcm type", new { seq = next, pcm = new[] { 1.5, -2 } }, false),
    };

    /// <summary>One UploadAudio call with these items; null when it ended normally, the error otherwise.</summary>
    private static async Task<string?> UploadAsync(HubConnection hub, Guid conversation, List<object?> items)
    {
        var channel = Channel.CreateUnbounded<object?>();
        foreach (var item in items)
        {
            channel.Writer.TryWrite(item);
        }

        channel.Writer.Complete();
        try
        {
            await hub.InvokeAsync("UploadAudio", conversation, channel.Reader).WaitAsync(TimeSpan.FromSeconds(30));
            return null;
        }
        catch (HubException ex)
        {
            return ex.Message;
        }
    }
}
