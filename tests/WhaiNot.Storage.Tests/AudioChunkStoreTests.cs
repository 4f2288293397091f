using WhaiNot.Domain.Dossiers;

namespace WhaiNot.Storage.Tests;

public sealed class AudioChunkStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Open_AfterACrashMidWrite_ShouldRemoveTheHalfWrittenChunkAndKeepTheStoredOnes()
    {
        Guid conversation;
        var pcm = Enumerable.Range(0, 3200).Select(i => (byte)(i % 251)).ToArray();
        string torn;
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            var team = store.Accounts.AddTeam("T");
            var dossier = store.Dossiers.Create(team.Id, "D-1", new ClientProfile("Test Cliënt", "85073003328", null), Now);
            conversation = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now).Id;
            store.Audio.Append(conversation, 0, pcm);
            store.Audio.Append(conversation, 1, pcm);

            // What a SIGKILL between write and rename leaves: the next chunk's temporary file.
            var folder = Path.Combine(_temp.Folder.AudioFolder, conversation.ToString("N"));
            Assert.True(Directory.Exists(folder), "chunks live in one folder per conversation");
            torn = Path.Combine(folder, "0000000002.chunk.tmp");
            File.WriteAllBytes(torn, pcm[..100]);
        }

        using var reopened = ApplianceStore.Open(_temp.Folder);

        Assert.False(File.Exists(torn));
        Assert.Equal(1, reopened.TornChunksRemoved);
        Assert.Equal(pcm, reopened.Audio.Read(conversation, 1));
        Assert.False(reopened.Audio.Has(conversation, 2));
    }
}
