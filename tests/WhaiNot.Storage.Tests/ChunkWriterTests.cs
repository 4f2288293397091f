using WhaiNot.Domain.Dossiers;

namespace WhaiNot.Storage.Tests;

/// <summary>
/// The upload's writer and the transcriber's batched read unwrap the conversation key once; the
/// revocation rule (no audio stored once the key is gone) must hold all the same.
/// </summary>
public sealed class ChunkWriterTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDataFolder _temp = new();
    private readonly ApplianceStore _store;
    private readonly Guid _conversation;

    public ChunkWriterTests()
    {
        _store = ApplianceStore.Open(_temp.Folder);
        var team = _store.Accounts.AddTeam("T");
        var dossier = _store.Dossiers.Create(team.Id, "D-1", new ClientProfile("Test Cliënt", "85073003328", null), Now);
        _conversation = _store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now).Id;
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void Writer_ShouldStoreChunksThatReadBackByteExact()
    {
        var chunks = Enumerable.Range(0, 5).Select(Pcm).ToList();
        using (var writer = _store.Audio.OpenWriter(_conversation))
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                writer.Append(i, chunks[i]);
            }
        }

        Assert.Equal(chunks, _store.Audio.ReadFrom(_conversation, 0, 100));
        Assert.Equal(chunks[3], _store.Audio.Read(_conversation, 3));
    }

    [Fact]
    public void Writer_AfterTheKeyIsDestroyed_ShouldRefuseTheNextChunkAndStoreNothingOfIt()
    {
        using var writer = _store.Audio.OpenWriter(_conversation);
        writer.Append(0, Pcm(0));

        _store.ConversationKeys.Destroy(_conversation);

        Assert.Throws<ContentDestroyedException>(() => writer.Append(1, Pcm(1)));
        Assert.False(_store.Audio.Has(_conversation, 1));
        Assert.Throws<ContentDestroyedException>(() => _store.Audio.OpenWriter(_conversation));
    }

    [Fact]
    public void ReadFrom_ShouldStopAtTheFirstGapAndAtTheBatchSize()
    {
        foreach (var sequence in new long[] { 0, 1, 2, 3, 5 })
        {
            _store.Audio.Append(_conversation, sequence, Pcm((int)sequence));
        }

        Assert.Equal([Pcm(0), Pcm(1), Pcm(2), Pcm(3)], _store.Audio.ReadFrom(_conversation, 0, 100));
        Assert.Equal([Pcm(1), Pcm(2)], _store.Audio.ReadFrom(_conversation, 1, 2));
        Assert.Empty(_store.Audio.ReadFrom(_conversation, 4, 100));
        Assert.Equal([Pcm(5)], _store.Audio.ReadFrom(_conversation, 5, 100));
    }

    private static byte[] Pcm(int seed) => Enumerable.Range(0, 3200).Select(i => (byte)((i + (seed * 7)) % 251)).ToArray();
}
