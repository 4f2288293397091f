using System.Security.Cryptography;

namespace WhaiNot.Native.Runtime;

/// <summary>Checks a tarball against the registry's Subresource Integrity string ("sha512-&lt;base64&gt;").</summary>
public static class PackageIntegrity
{
    public static string Compute(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return "sha512-" + Convert.ToBase64String(SHA512.HashData(content));
    }

    /// <exception cref="RuntimeException">The hash differs: the file is not the pinned package.</exception>
    public static void Verify(string path, EnginePackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        string actual;
        using (var stream = File.OpenRead(path))
        {
            actual = Compute(stream);
        }

        if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(actual), System.Text.Encoding.ASCII.GetBytes(package.Integrity)))
        {
            throw new RuntimeException(
                $"Het pakket {package.Name}@{package.Version} heeft niet de verwachte hash en wordt geweigerd. " +
                $"Verwacht {package.Integrity}, gekregen {actual}. Er is niets geïnstalleerd.");
        }
    }
}
