namespace WhaiNot.Storage;

/// <summary>
/// A copy of the data folder for backups. It leaves out keys/ on purpose: the master key is backed
/// up separately (offline, sealed), and conversation keys are never backed up, so a revocation's
/// crypto-shredding reaches every backup too.
/// </summary>
public static class DataBackup
{
    private static readonly Lock Running = new();

    /// <summary>
    /// A consistent snapshot of an open (even a running) store: checkpoints the log into the database
    /// file and switches automatic checkpoints off while the file is copied, so writers meanwhile only
    /// append to the -log file (left out) and the copy is the database as it was at the checkpoint.
    /// </summary>
    public static void Create(ApplianceStore store, string target)
    {
        ArgumentNullException.ThrowIfNull(store);
        lock (Running)
        {
            var previous = store.Database.CheckpointSize;
            store.Database.Checkpoint();
            store.Database.CheckpointSize = 0;
            try
            {
                Copy(store.Folder, target, skipDatabaseLog: true);
            }
            finally
            {
                store.Database.CheckpointSize = previous;
            }
        }
    }

    public static void Create(DataFolder folder, string target)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Copy(folder, target, skipDatabaseLog: false);
    }

    private static void Copy(DataFolder folder, string target, bool skipDatabaseLog)
    {
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new StoreException($"De back-upmap '{target}' is niet leeg; kies een lege of nieuwe map.");
        }

        Directory.CreateDirectory(target);
        foreach (var source in Directory.EnumerateFiles(folder.Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder.Root, source);
            if (relative.StartsWith("keys" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative is "whainot.lock" or "admin.sock" || (skipDatabaseLog && relative == "whainot-log.db"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var output = File.Create(destination);
            input.CopyTo(output);
        }
    }
}
