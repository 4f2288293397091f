using System.Security.Cryptography;
using WhaiNot.Security.Keys;

namespace WhaiNot.Storage.Backups;

/// <summary>
/// Puts a snapshot back onto a new, empty box with the master key file kept apart. Refuses a folder
/// that already holds anything, so a restore never overwrites a box; on any failure it removes what
/// it wrote, so the target is as it was.
/// </summary>
public static class BackupRestore
{
    /// <exception cref="StoreException">No such backup, a target that isn't empty, or a master key that doesn't fit.</exception>
    /// <exception cref="KeyFileException">The master key file is missing or damaged.</exception>
    public static RestoreResult Restore(BackupSet backups, string? snapshot, string masterKeyFile, DataFolder target, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(backups);
        ArgumentNullException.ThrowIfNull(target);
        var name = snapshot ?? backups.Snapshots().LastOrDefault()
            ?? throw new StoreException($"In '{backups.Root}' staat geen back-up van een appliance.");
        if (!Directory.Exists(backups.DataFolderOf(name)))
        {
            throw new StoreException($"Back-up '{name}' bestaat niet in '{backups.Root}'. Beschikbaar: {string.Join(", ", backups.Snapshots())}.");
        }

        if (Directory.Exists(target.Root) && Directory.EnumerateFileSystemEntries(target.Root).Any())
        {
            throw new StoreException($"De map '{target.Root}' is niet leeg. Zet een back-up terug in een nieuwe, lege map; een bestaande appliance wordt nooit overschreven.");
        }

        using var masterKey = MasterKeyFile.Read(masterKeyFile);
        var keys = ReadConversationKeys(backups, name, masterKey);
        try
        {
            Copy(backups.DataFolderOf(name), target.Root);
            target.EnsureCreated();
            MasterKeyFile.CreateNew(target.MasterKeyPath, masterKey);
            foreach (var (id, wrapped) in keys ?? [])
            {
                ConversationKeyVault.ImportWrapped(target.ConversationKeysFolder, id, wrapped);
            }

            using var store = OpenRestored(target, time);
            store.Audit.Append("whainot restore", Domain.Audit.AuditAction.Restore, name);
        }
        catch
        {
            RemoveContents(target.Root);
            throw;
        }

        return new RestoreResult(name, keys?.Count ?? 0, keys is null);
    }

    /// <summary>The snapshot's conversation keys, or null when its backup key was shredded (past its days).</summary>
    private static IReadOnlyList<(Guid, byte[])>? ReadConversationKeys(BackupSet backups, string name, MasterKey masterKey)
    {
        var keyPath = backups.SnapshotKeyOf(name);
        if (!File.Exists(keyPath))
        {
            return null;
        }

        using var wrapper = KeyWrapper.FromMasterKey(masterKey);
        DataKey backupKey;
        try
        {
            backupKey = wrapper.Unwrap(File.ReadAllBytes(keyPath), BackupSet.OwnerOf(name));
        }
        catch (CryptographicException ex)
        {
            throw new StoreException($"Dit sleutelbestand is niet de hoofdsleutel van back-up '{name}'. Gebruik het sleutelbestand van de appliance die de back-up maakte.", ex);
        }

        using (backupKey)
        {
            return ConversationKeyBundle.Open(File.ReadAllBytes(backups.KeyBundleOf(name)), backupKey, name);
        }
    }

    private static ApplianceStore OpenRestored(DataFolder target, TimeProvider? time)
    {
        try
        {
            return ApplianceStore.Open(target, time, createIfMissing: false);
        }
        catch (StoreException ex)
        {
            throw new StoreException($"De teruggezette databank opent niet met dit sleutelbestand: {ex.Message}", ex);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, source));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination);
        }
    }

    private static void RemoveContents(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(root))
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }
}

/// <summary>What a restore put back; <paramref name="ConversationKeysExpired"/>: the snapshot was past its key days, so unvalidated recordings stay unreadable.</summary>
public sealed record RestoreResult(string Snapshot, int ConversationKeysRestored, bool ConversationKeysExpired);
