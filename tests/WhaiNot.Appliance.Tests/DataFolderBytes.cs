using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// The bytes of every file in a data folder that can hold data, for tests that look for plain text
/// on disk. The lock file (held exclusively, always empty) and the admin socket (a socket, which
/// cannot be opened as a file) hold none and are left out.
/// </summary>
internal static class DataFolderBytes
{
    public static IEnumerable<(string Path, byte[] Bytes)> ReadAll(string root)
    {
        var folder = new DataFolder(root);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (file == folder.AdminSocketPath)
            {
                continue;
            }

            if (Path.GetFileName(file) == "whainot.lock")
            {
                Assert.Equal(0, new FileInfo(file).Length);
                continue;
            }

            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (file, copy.ToArray());
        }
    }
}
