using WhaiNot.Domain.Dossiers;
using WhaiNot.Security.Keys;
using WhaiNot.Storage.Backups;

namespace WhaiNot.Storage.Tests;

/// <summary>
/// Backup with conversation keys that expire, and restore onto a new box: a lost disk keeps
/// yesterday's unvalidated recording; a revocation older than the key days leaves nothing readable.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 17, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Pcm = [.. Enumerable.Range(0, 3200).Select(i => (byte)(i % 251))];
    private readonly TempDataFolder _box = new();
    private readonly TempDataFolder _newBox = new();
    private readonly TempDataFolder _share = new();
    private readonly TempDataFolder _keySafe = new();
    private readonly ManualClock _clock = new(Monday);

    public void Dispose()
    {
        _box.Dispose();
        _newBox.Dispose();
        _share.Dispose();
        _keySafe.Dispose();
    }

    [Fact]
    public void Restore_AfterALostDisk_ShouldKeepYesterdaysUnvalidatedAudio()
    {
        var conversation = RecordAndBackUp();
        LoseTheDisk();

        _clock.Advance(TimeSpan.FromDays(1));
        var result = BackupRestore.Restore(new BackupSet(_share.Root), null, MasterKeyInTheSafe(), _newBox.Folder, _clock);

        Assert.False(result.ConversationKeysExpired);
        Assert.Equal(1, result.ConversationKeysRestored);
        using var restored = ApplianceStore.Open(_newBox.Folder, createIfMissing: false);
        Assert.Equal([0L, 1L, 2L], restored.Audio.Sequences(conversation));
        Assert.Equal(Pcm, restored.Audio.Read(conversation, 2));
        Assert.Contains(restored.Audit.Read(0, 1000), e => e.Action == Domain.Audit.AuditAction.Restore);
    }

    [Fact]
    public void Revocation_OlderThanTheKeyDays_ShouldLeaveNothingReadableInAnyBackup()
    {
        var conversation = RecordAndBackUp();
        var backups = new BackupSet(_share.Root);

        // Tuesday: the client revokes; the box shreds the conversation key. Backups keep running daily.
        _clock.Advance(TimeSpan.FromDays(1));
        using (var store = ApplianceStore.Open(_box.Folder, _clock))
        {
            store.ConversationKeys.Destroy(conversation);
            for (var day = 0; day < BackupSet.DefaultConversationKeyDays; day++)
            {
                backups.Create(store, _clock);
                _clock.Advance(TimeSpan.FromDays(1));
            }
        }

        var wrappedKeysLeft = AllWrappedKeysIn(backups);
        Assert.DoesNotContain(conversation, wrappedKeysLeft);
        var monday = backups.Snapshots()[0];
        Assert.False(File.Exists(Path.Combine(_share.Root, "snapshot-keys", monday + ".key")), "Monday's backup key is past its days and must be shredded");

        // Even restoring Monday's snapshot, made before the revocation, opens no audio of it.
        LoseTheDisk();
        var result = BackupRestore.Restore(backups, monday, MasterKeyInTheSafe(), _newBox.Folder, _clock);
        Assert.True(result.ConversationKeysExpired);
        using var restored = ApplianceStore.Open(_newBox.Folder, createIfMissing: false);
        Assert.Equal([0L, 1L, 2L], restored.Audio.Sequences(conversation));
        Assert.Throws<ContentDestroyedException>(() => restored.Audio.Read(conversation, 0));
        foreach (var (path, bytes) in _share.AllFiles().Concat(_newBox.AllFiles()))
        {
            Assert.True(bytes.AsSpan().IndexOf(Pcm.AsSpan(0, 64)) < 0, $"plain audio in {path}");
        }
    }

    [Fact]
    public void Revocation_WithinTheKeyDays_ShouldStillBeOpenableFromTheEarlierBackup()
    {
        var conversation = RecordAndBackUp();
        _clock.Advance(TimeSpan.FromDays(BackupSet.DefaultConversationKeyDays - 1));
        using (var store = ApplianceStore.Open(_box.Folder, _clock))
        {
            store.ConversationKeys.Destroy(conversation);
            new BackupSet(_share.Root).Create(store, _clock);
        }

        Assert.Contains(conversation, AllWrappedKeysIn(new BackupSet(_share.Root)));
    }

    [Fact]
    public void Restore_OntoAFolderThatHoldsABox_ShouldBeRefusedAndChangeNothing()
    {
        RecordAndBackUp();
        var before = _box.AllFiles().ToDictionary(f => f.Path, f => f.Bytes.Length);

        var refusal = Assert.Throws<StoreException>(() => BackupRestore.Restore(new BackupSet(_share.Root), null, MasterKeyInTheSafe(), _box.Folder));

        Assert.Contains("niet leeg", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, _box.AllFiles().ToDictionary(f => f.Path, f => f.Bytes.Length));
    }

    [Fact]
    public void Restore_WithoutTheMasterKeyFile_ShouldSayItInDutchAndWriteNothing()
    {
        RecordAndBackUp();

        var refusal = Assert.Throws<KeyFileException>(() => BackupRestore.Restore(new BackupSet(_share.Root), null, Path.Combine(_keySafe.Root, "weg.key"), _newBox.Folder));

        Assert.Contains("ontbreekt", refusal.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_newBox.Root) && Directory.EnumerateFileSystemEntries(_newBox.Root).Any());
    }

    [Fact]
    public void Restore_WithAnotherBoxsMasterKey_ShouldBeRefusedAndLeaveTheTargetEmpty()
    {
        RecordAndBackUp();
        var otherKey = Path.Combine(_keySafe.Root, "other.key");
        Directory.CreateDirectory(_keySafe.Root);
        using (var key = MasterKey.Generate())
        {
            MasterKeyFile.CreateNew(otherKey, key);
        }

        var refusal = Assert.Throws<StoreException>(() => BackupRestore.Restore(new BackupSet(_share.Root), null, otherKey, _newBox.Folder));

        Assert.Contains("hoofdsleutel", refusal.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_newBox.Root) && Directory.EnumerateFileSystemEntries(_newBox.Root).Any());
    }

    [Fact]
    public void Backup_WithKeyDaysOutOfRange_ShouldBeRefusedInDutch()
    {
        using var store = ApplianceStore.Open(_box.Folder, _clock);

        var refusal = Assert.Throws<StoreException>(() => new BackupSet(_share.Root).Create(store, _clock, conversationKeyDays: 0));

        Assert.Contains("tussen 1 en 30", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(new BackupSet(_share.Root).Snapshots());
    }

    /// <summary>Monday: one conversation with unvalidated audio, then the evening backup to the share.</summary>
    private Guid RecordAndBackUp()
    {
        using var store = ApplianceStore.Open(_box.Folder, _clock);
        var team = store.Accounts.AddTeam("T");
        var dossier = store.Dossiers.Create(team.Id, "D-1", new ClientProfile("Test Cliënt", "90010112345", null), Monday);
        var conversation = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Monday).Id;
        for (var seq = 0; seq < 3; seq++)
        {
            store.Audio.Append(conversation, seq, Pcm);
        }

        Directory.CreateDirectory(_keySafe.Root);
        File.Copy(_box.Folder.MasterKeyPath, MasterKeyInTheSafe());
        new BackupSet(_share.Root).Create(store, _clock);
        return conversation;
    }

    private string MasterKeyInTheSafe() => Path.Combine(_keySafe.Root, "master.key");

    private void LoseTheDisk() => Directory.Delete(_box.Root, recursive: true);

    /// <summary>Every conversation whose key any snapshot in the share can still open.</summary>
    private HashSet<Guid> AllWrappedKeysIn(BackupSet backups)
    {
        var found = new HashSet<Guid>();
        foreach (var snapshot in backups.Snapshots())
        {
            var probe = new TempDataFolder();
            try
            {
                var result = BackupRestore.Restore(backups, snapshot, MasterKeyInTheSafe(), probe.Folder, _clock);
                if (result.ConversationKeysExpired)
                {
                    continue;
                }

                using var store = ApplianceStore.Open(probe.Folder, createIfMissing: false);
                if (!Directory.Exists(probe.Folder.ConversationKeysFolder))
                {
                    continue;
                }

                foreach (var id in Directory.EnumerateFiles(probe.Folder.ConversationKeysFolder).Select(Path.GetFileNameWithoutExtension))
                {
                    found.Add(Guid.ParseExact(id!, "N"));
                }
            }
            finally
            {
                probe.Dispose();
            }
        }

        return found;
    }
}
