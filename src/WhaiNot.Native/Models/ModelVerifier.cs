using System.Security.Cryptography;
using WhaiNot.Native.ModelFiles;

namespace WhaiNot.Native.Models;

/// <summary>
/// Checks a model file against its manifest entry before any native code sees it: present, the
/// right format for its engine (header, tensor table, exact length), and the pinned SHA-256.
/// </summary>
public static class ModelVerifier
{
    /// <returns>The full path of the verified file.</returns>
    /// <exception cref="ModelFileException">Missing, foreign, truncated, damaged or not the pinned file.</exception>
    public static string Verify(ModelEntry entry, string modelsFolder)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = Path.Combine(modelsFolder, entry.File);
        if (!File.Exists(path))
        {
            throw new ModelFileException($"Het modelbestand '{path}' voor model '{entry.Name}' ontbreekt. Importeer het model eerst.");
        }

        // Structure first: cheap, and names the problem precisely (truncated, wrong format).
        if (entry.Engine == "whisper")
        {
            WhisperModelReader.Read(path);
        }
        else
        {
            GgufReader.Read(path);
        }

        if (entry.Sha256.Length == 0)
        {
            throw new ModelFileException($"Model '{entry.Name}' heeft nog geen vastgepinde SHA-256 in het manifest; het wordt niet geladen.");
        }

        var actual = Sha256Of(path);
        if (actual != entry.Sha256)
        {
            throw new ModelFileException($"Het modelbestand '{path}' is niet het vastgepinde model '{entry.Name}' (SHA-256 {actual}, verwacht {entry.Sha256}).");
        }

        return path;
    }

    public static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
