using System.Security.Cryptography;
using System.Text;

namespace WhaiNot.Security.Certificates;

/// <summary>
/// Writes files so that a crash or power cut leaves either the old content or the new, never half
/// a PEM file; secrets get owner-only permissions from the moment the file exists.
/// </summary>
internal static class AtomicFile
{
    private const UnixFileMode SecretMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PublicMode = SecretMode | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="folder"/> (owner-only on Linux) when it does not exist yet.</summary>
    public static void EnsureFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, FolderMode);
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> to a new temporary file next to <paramref name="path"/>,
    /// flushed to disk, and returns its path. Move it into place with <see cref="Commit"/>.
    /// </summary>
    public static string WriteTemporary(string path, string content, bool secret)
    {
        var temporaryPath = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            // Set at creation: a chmod afterwards would leave a moment where the key is readable.
            options.UnixCreateMode = secret ? SecretMode : PublicMode;
        }

        var bytes = Encoding.ASCII.GetBytes(content);
        try
        {
            using var stream = new FileStream(temporaryPath, options);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temporaryPath);
            throw;
        }
        finally
        {
            if (secret)
            {
                CryptographicOperations.ZeroMemory(bytes);
            }
        }

        return temporaryPath;
    }

    /// <summary>
    /// Renames <paramref name="temporaryPath"/> to <paramref name="path"/>. With
    /// <paramref name="overwrite"/> false an existing file is left alone and an <see cref="IOException"/> is thrown.
    /// </summary>
    public static void Commit(string temporaryPath, string path, bool overwrite)
    {
        try
        {
            File.Move(temporaryPath, path, overwrite);
        }
        catch
        {
            TryDelete(temporaryPath);
            throw;
        }
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A stray *.tmp file is harmless; failing the caller over it is not.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
