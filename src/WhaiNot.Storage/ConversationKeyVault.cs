using WhaiNot.Security.Keys;

namespace WhaiNot.Storage;

/// <summary>
/// The keys that open a conversation's audio and transcript, one small file each under
/// keys/conversations/, wrapped by the master key. Kept out of LiteDB on purpose: a deleted LiteDB
/// record can linger in free pages, a deleted file here is overwritten first. The folder is never
/// part of a data backup (see <see cref="DataBackup"/>); backups carry these keys apart, sealed
/// under a per-backup key that expires (see <see cref="Backups.BackupSet"/>), so destroying a key
/// here makes that conversation's data unreadable in the data folder at once and in every backup
/// within the stated number of days: crypto-shredding.
/// </summary>
public sealed class ConversationKeyVault : IDisposable
{
    private readonly string _folder;
    private readonly KeyWrapper _wrapper;

    internal ConversationKeyVault(string folder, KeyWrapper wrapper)
    {
        _folder = folder;
        _wrapper = wrapper;
    }

    public static string Owner(Guid conversationId) => "conversation:" + conversationId.ToString("N");

    public DataKey Create(Guid conversationId)
    {
        Directory.CreateDirectory(_folder);
        var key = DataKey.Generate();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(PathOf(conversationId), options);
        stream.Write(_wrapper.Wrap(key, Owner(conversationId)));
        stream.Flush(flushToDisk: true);
        return key;
    }

    /// <summary>The key, or null when it was destroyed (or never made).</summary>
    public DataKey? Find(Guid conversationId)
    {
        var path = PathOf(conversationId);
        return File.Exists(path) ? _wrapper.Unwrap(File.ReadAllBytes(path), Owner(conversationId)) : null;
    }

    public bool Exists(Guid conversationId) => File.Exists(PathOf(conversationId));

    /// <summary>Overwrites the wrapped key with random bytes, flushes, then deletes the file.</summary>
    public void Destroy(Guid conversationId) => Backups.FileShredder.Shred(PathOf(conversationId));

    /// <summary>Every key still held, as stored (wrapped by the master key), for the key part of a backup.</summary>
    internal IReadOnlyList<(Guid ConversationId, byte[] Wrapped)> ExportWrapped()
    {
        if (!Directory.Exists(_folder))
        {
            return [];
        }

        var keys = new List<(Guid, byte[])>();
        foreach (var path in Directory.EnumerateFiles(_folder, "*.key"))
        {
            if (Guid.TryParseExact(Path.GetFileNameWithoutExtension(path), "N", out var id))
            {
                keys.Add((id, File.ReadAllBytes(path)));
            }
        }

        return keys;
    }

    /// <summary>Puts a wrapped key back as it was backed up (restore onto an empty box).</summary>
    internal static void ImportWrapped(string folder, Guid conversationId, byte[] wrapped)
    {
        Directory.CreateDirectory(folder);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(Path.Combine(folder, conversationId.ToString("N") + ".key"), options);
        stream.Write(wrapped);
    }

    public void Dispose() => _wrapper.Dispose();

    private string PathOf(Guid conversationId) => Path.Combine(_folder, conversationId.ToString("N") + ".key");
}
