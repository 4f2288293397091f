using System.Security.Cryptography;

namespace WhaiNot.Security.Keys;

/// <summary>
/// Reads and writes the master key file: magic, version, key and a checksum, so a truncated or
/// damaged file is told apart from a wrong key. Created once, readable by the service account only.
/// </summary>
public static class MasterKeyFile
{
    private static readonly byte[] Magic = "WNMK"u8.ToArray();
    private const byte FormatVersion = 1;
    private const int ChecksumLength = 8;
    private const int FileLength = 4 + 1 + MasterKey.Length + ChecksumLength;

    public static MasterKey Read(string path)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException ex)
        {
            throw new KeyFileException($"Het sleutelbestand '{path}' ontbreekt. Zet het terug uit de sleutelback-up; zonder deze sleutel zijn de gegevens niet leesbaar.", ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new KeyFileException($"Het sleutelbestand '{path}' ontbreekt. Zet het terug uit de sleutelback-up; zonder deze sleutel zijn de gegevens niet leesbaar.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new KeyFileException($"Het sleutelbestand '{path}' is niet leesbaar voor deze gebruiker. Start de appliance als de serviceaccount (of root).", ex);
        }
        catch (IOException ex)
        {
            throw new KeyFileException($"Het sleutelbestand '{path}' kan niet gelezen worden: {ex.Message}", ex);
        }

        if (content.Length != FileLength || !content.AsSpan(0, 4).SequenceEqual(Magic) || content[4] != FormatVersion)
        {
            throw new KeyFileException($"Het sleutelbestand '{path}' is geen geldig WhaiNot-sleutelbestand of is beschadigd.");
        }

        var key = content.AsSpan(5, MasterKey.Length);
        if (!Checksum(key).SequenceEqual(content.AsSpan(5 + MasterKey.Length)))
        {
            throw new KeyFileException($"Het sleutelbestand '{path}' is beschadigd (controlesom klopt niet).");
        }

        var masterKey = new MasterKey(key);
        CryptographicOperations.ZeroMemory(content);
        return masterKey;
    }

    /// <summary>Writes a new key file; refuses to replace an existing one, whatever its state.</summary>
    public static void CreateNew(string path, MasterKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var content = new byte[FileLength];
        Magic.CopyTo(content, 0);
        content[4] = FormatVersion;
        key.Bytes.CopyTo(content.AsSpan(5));
        Checksum(key.Bytes).CopyTo(content.AsSpan(5 + MasterKey.Length));

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            // Set at creation so the key is never readable by others, not even for an instant.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException ex) when (File.Exists(path))
        {
            throw new KeyFileException($"Het sleutelbestand '{path}' bestaat al en wordt niet overschreven.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(content);
        }
    }

    private static byte[] Checksum(ReadOnlySpan<byte> key) => SHA256.HashData(key)[..ChecksumLength];
}
