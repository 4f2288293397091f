namespace WhaiNot.Storage;

/// <summary>
/// A copy of the data folder for backups. It leaves out keys/ on purpose: the master key is backed
/// up separately (offline, sealed), and conversation keys are never backed up, so a revocation's
/// crypto-shredding reaches every backup too.
/// </summary>
public static class DataBackup
{
    /// <summary>Checkpoints the open store (so the database file is complete on its own) and copies the folder.</summary>
    public static void Create(ApplianceStore store, string target)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Database.Checkpoint();
        Create(store.Folder, target);
    }

    public static void Create(DataFolder folder, string target)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new StoreException($"De back-upmap '{target}' is niet leeg; kies een lege of nieuwe map.");
        }

        Directory.CreateDirectory(target);
        foreach (var source in Directory.EnumerateFiles(folder.Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder.Root, source);
            if (relative.StartsWith("keys" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative == "whainot.lock")
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
