using System.Reflection;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Dossiers;

namespace WhaiNot.Storage.Tests;

public sealed class ConsentStorageTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDataFolder _temp = new();
    private readonly TempDataFolder _backup = new();

    public void Dispose()
    {
        _temp.Dispose();
        _backup.Dispose();
    }

    [Fact]
    public void Conversation_WhenCreated_ShouldHaveNoConsentEvenAfterAnEarlierOne()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        var first = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now);
        store.Conversations.RecordConsent(first.Id, new ConsentChoice(true, true, true, Now, Guid.NewGuid()));

        var second = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now.AddDays(7));

        Assert.NotNull(store.Conversations.Find(first.Id)!.Consent);
        Assert.Null(second.Consent);
    }

    [Fact]
    public void Dictation_ShouldKeepItsKind_AndAConversationStaysAConversation()
    {
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            var dossier = NewDossier(store);
            store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now, ConversationKind.Dictation);
            store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now);
        }

        using var reopened = ApplianceStore.Open(_temp.Folder);
        var kinds = reopened.Conversations.ListForTeam(reopened.Accounts.FindTeam("T")!.Id).Select(c => c.Kind).Order();

        Assert.Equal([ConversationKind.Conversation, ConversationKind.Dictation], kinds);
    }

    [Theory]
    [InlineData(null, ConversationKind.Conversation)]
    [InlineData("conversation", ConversationKind.Conversation)]
    [InlineData("dictation", ConversationKind.Dictation)]
    [InlineData("dictaat", null)]
    public void ConversationKind_ShouldReadAsStored(string? name, ConversationKind? expected) => Assert.Equal(expected, ConversationKinds.Parse(name));

    [Fact]
    public void ConsentRecords_ShouldHaveNoPlaceForAReason()
    {
        var types = typeof(ApplianceStore).Assembly.GetTypes().Where(t => t.Namespace == "WhaiNot.Storage.Documents")
            .Concat([typeof(ConsentChoice), typeof(Revocation), typeof(Conversation)]);

        var suspicious = types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.Name.Contains("reason", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("motiv", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("waarom", StringComparison.OrdinalIgnoreCase))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(suspicious);
    }

    [Fact]
    public void DestroyKey_ShouldMakeAudioUnreadableHereAndInABackupTakenBefore()
    {
        Guid conversation;
        var pcm = Enumerable.Range(0, 3200).Select(i => (byte)(i % 251)).ToArray();
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            var dossier = NewDossier(store);
            conversation = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now).Id;
            for (var seq = 0; seq < 3; seq++)
            {
                store.Audio.Append(conversation, seq, pcm);
            }

            Assert.Equal(pcm, store.Audio.Read(conversation, 1));
        }

        DataBackup.Create(_temp.Folder, _backup.Root);
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            store.ConversationKeys.Destroy(conversation);

            Assert.Throws<ContentDestroyedException>(() => store.Audio.Read(conversation, 1));
        }

        // Restore the backup as IT would: data from the backup, master key from its own safe place.
        Directory.CreateDirectory(_backup.Folder.KeysFolder);
        File.Copy(_temp.Folder.MasterKeyPath, _backup.Folder.MasterKeyPath);
        using var restored = ApplianceStore.Open(_backup.Folder);

        Assert.Equal([0L, 1L, 2L], restored.Audio.Sequences(conversation));
        Assert.Throws<ContentDestroyedException>(() => restored.Audio.Read(conversation, 1));
        foreach (var (_, bytes) in _backup.AllFiles().Concat(_temp.AllFiles()).Where(f => !f.Path.EndsWith("whainot.lock", StringComparison.Ordinal)))
        {
            Assert.True(bytes.AsSpan().IndexOf(pcm.AsSpan(0, 64)) < 0, "plain audio bytes found on disk");
        }
    }

    [Fact]
    public void DestroyKey_ShouldLeaveNoKeyFileBehind()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        var conversation = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now).Id;

        store.ConversationKeys.Destroy(conversation);

        Assert.False(store.ConversationKeys.Exists(conversation));
        Assert.Empty(Directory.GetFiles(_temp.Folder.ConversationKeysFolder));
    }

    [Fact]
    public void LatestRevocation_ShouldBeTheMostRecentOfTheClient()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        store.Conversations.AddRevocation(new Revocation(Guid.NewGuid(), dossier.ClientId, dossier.Id, RevocationChannel.Telefoon, Now, Guid.NewGuid(), false));
        store.Conversations.AddRevocation(new Revocation(Guid.NewGuid(), dossier.ClientId, dossier.Id, RevocationChannel.Email, Now.AddDays(3), Guid.NewGuid(), false));

        var latest = store.Conversations.LatestRevocation(dossier.ClientId);

        Assert.Equal(RevocationChannel.Email, latest!.Channel);
        Assert.Null(store.Conversations.LatestRevocation(Guid.NewGuid()));
    }

    private static Dossier NewDossier(ApplianceStore store)
    {
        var team = store.Accounts.FindTeam("T") ?? store.Accounts.AddTeam("T");
        return store.Dossiers.Create(team.Id, "D-" + Guid.NewGuid().ToString("N")[..6], new ClientProfile("Test Cliënt", "90010112345", null), Now);
    }
}
