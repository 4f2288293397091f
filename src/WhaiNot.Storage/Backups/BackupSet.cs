using System.Globalization;
using WhaiNot.Security.Keys;

namespace WhaiNot.Storage.Backups;

/// <summary>
/// A backup location (a folder or a mounted share) holding dated snapshots of the box.
/// <code>
///   snapshots/NAME/data/                      the data folder without keys/ (already encrypted at rest)
///   snapshots/NAME/conversation-keys.sealed   the conversation keys, sealed under this backup's own key
///   snapshot-keys/NAME.key                    that backup key, wrapped by the master key
/// </code>
/// Why: a lost disk must not lose the day's recordings before they are validated, so conversation
/// keys must be in the backup; and a client's revocation must still reach every backup. The box
/// keeps each backup key for a fixed number of days and shreds it at the next backup after that:
/// from then on that snapshot's conversation keys open nothing, wherever copies of the snapshot went
/// (copy snapshots/ to tape if you like, never snapshot-keys/). A revocation therefore reaches every
/// backup within that many days, provided backups keep running (each run prunes).
/// </summary>
public sealed class BackupSet
{
    public const int DefaultConversationKeyDays = 7;
    public const int MaximumConversationKeyDays = 30;
    private const string NameFormat = "yyyyMMdd-HHmmss";

    public BackupSet(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    internal string SnapshotsFolder => Path.Combine(Root, "snapshots");

    internal string SnapshotKeysFolder => Path.Combine(Root, "snapshot-keys");

    internal string DataFolderOf(string snapshot) => Path.Combine(SnapshotsFolder, snapshot, "data");

    internal string KeyBundleOf(string snapshot) => Path.Combine(SnapshotsFolder, snapshot, "conversation-keys.sealed");

    internal string SnapshotKeyOf(string snapshot) => Path.Combine(SnapshotKeysFolder, snapshot + ".key");

    internal static string OwnerOf(string snapshot) => "backup:" + snapshot;

    /// <summary>The snapshots in this location, oldest first.</summary>
    public IReadOnlyList<string> Snapshots() => Directory.Exists(SnapshotsFolder)
        ? [.. Directory.EnumerateDirectories(SnapshotsFolder).Select(Path.GetFileName).OfType<string>().Where(n => TimeOf(n) is not null).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Writes a new snapshot of an open (even a running) store and shreds backup keys past their days.</summary>
    public BackupResult Create(ApplianceStore store, TimeProvider time, int conversationKeyDays = DefaultConversationKeyDays)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        CheckDays(conversationKeyDays);
        CheckIsABackupLocation();
        var now = time.GetUtcNow();
        var name = NewName(now);

        DataBackup.Create(store, DataFolderOf(name));
        var keys = store.ConversationKeys.ExportWrapped();
        using (var backupKey = DataKey.Generate())
        using (var wrapper = KeyWrapper.FromMasterKey(store.MasterKey))
        {
            WriteNew(KeyBundleOf(name), ConversationKeyBundle.Seal(keys, backupKey, name));
            Directory.CreateDirectory(SnapshotKeysFolder);
            WriteNew(SnapshotKeyOf(name), wrapper.Wrap(backupKey, OwnerOf(name)));
        }

        var shredded = PruneExpiredKeys(now, conversationKeyDays);
        store.Meta.Set(LastBackupMeta, now.ToString("O", CultureInfo.InvariantCulture) + " " + Root);
        return new BackupResult(name, Path.Combine(SnapshotsFolder, name), keys.Count, shredded, now.AddDays(conversationKeyDays));
    }

    /// <summary>Shreds every backup key older than <paramref name="days"/>; returns how many.</summary>
    public int PruneExpiredKeys(DateTimeOffset now, int days)
    {
        CheckDays(days);
        if (!Directory.Exists(SnapshotKeysFolder))
        {
            return 0;
        }

        var shredded = 0;
        foreach (var path in Directory.EnumerateFiles(SnapshotKeysFolder, "*.key"))
        {
            var made = TimeOf(Path.GetFileNameWithoutExtension(path));
            if (made is null || made.Value.AddDays(days) <= now)
            {
                FileShredder.Shred(path);
                shredded++;
            }
        }

        return shredded;
    }

    /// <summary>The meta entry with the time and place of the last backup, for <c>whainot status</c>.</summary>
    public const string LastBackupMeta = "backup.last";

    internal static DateTimeOffset? TimeOf(string snapshot)
    {
        var stamp = snapshot.Length >= NameFormat.Length ? snapshot[..NameFormat.Length] : snapshot;
        return DateTimeOffset.TryParseExact(stamp, NameFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var made)
            ? made
            : null;
    }

    /// <summary>A folder with other things in it is not ours to write into (or to prune keys from).</summary>
    private void CheckIsABackupLocation()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        var foreign = Directory.EnumerateFileSystemEntries(Root)
            .Where(entry => entry != SnapshotsFolder && entry != SnapshotKeysFolder)
            .Select(Path.GetFileName)
            .FirstOrDefault();
        if (foreign is not null)
        {
            throw new StoreException($"De map '{Root}' bevat andere bestanden dan WhaiNot-back-ups (bijvoorbeeld '{foreign}'). Kies een lege map of een map met eerdere back-ups van deze appliance.");
        }
    }

    private static void CheckDays(int days)
    {
        if (days is < 1 or > MaximumConversationKeyDays)
        {
            throw new StoreException($"Het aantal dagen dat gesprekssleutels in een back-up leesbaar blijven, moet tussen 1 en {MaximumConversationKeyDays} liggen (nu {days}).");
        }
    }

    private string NewName(DateTimeOffset now)
    {
        var name = now.UtcDateTime.ToString(NameFormat, CultureInfo.InvariantCulture);
        for (var suffix = 2; Directory.Exists(Path.Combine(SnapshotsFolder, name)); suffix++)
        {
            name = now.UtcDateTime.ToString(NameFormat, CultureInfo.InvariantCulture) + "-" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static void WriteNew(string path, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(content);
    }
}

/// <summary>What one backup run wrote.</summary>
public sealed record BackupResult(string Snapshot, string Folder, int ConversationKeys, int ExpiredKeysShredded, DateTimeOffset ConversationKeysReadableUntil);
