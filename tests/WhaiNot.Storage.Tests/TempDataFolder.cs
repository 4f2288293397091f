using WhaiNot.Storage;

namespace WhaiNot.Storage.Tests;

/// <summary>A data folder under /tmp that disappears after the test.</summary>
public sealed class TempDataFolder : IDisposable
{
    public TempDataFolder()
    {
        Folder = new DataFolder(Path.Combine(Path.GetTempPath(), "whainot-test-" + Guid.NewGuid().ToString("N")));
    }

    public DataFolder Folder { get; }

    public string Root => Folder.Root;

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>Every byte of every file under the folder, for at-rest scans.</summary>
    public IEnumerable<(string Path, byte[] Bytes)> AllFiles() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != "whainot.lock")
            .Select(p => (p, File.ReadAllBytes(p)));
}
