using System.Security.Cryptography;

namespace WhaiNot.Storage.Backups;

/// <summary>Overwrites a small key file with random bytes, flushes, then deletes it, so the key can't be read back from the disk.</summary>
internal static class FileShredder
{
    public static void Shred(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            stream.Write(RandomNumberGenerator.GetBytes((int)stream.Length));
            stream.Flush(flushToDisk: true);
        }

        File.Delete(path);
    }
}
