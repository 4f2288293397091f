using System.Security.Cryptography;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Tests;

/// <summary>A data folder under /tmp that disappears after the test; nothing is created until a command does.</summary>
public sealed class TempDataFolder : IDisposable
{
    public TempDataFolder()
    {
        Folder = new DataFolder(Path.Combine(Path.GetTempPath(), "whainot-cli-test-" + Guid.NewGuid().ToString("N")));
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

    /// <summary>Makes the box here with <c>whainot init</c>, as IT does before any other verb.</summary>
    public TempDataFolder WithBox()
    {
        Cli.Succeed(this, "init");
        return this;
    }

    /// <summary>The store, opened directly (never creating one); dispose it before the next CLI call.</summary>
    public ApplianceStore OpenStore() => ApplianceStore.Open(Folder, createIfMissing: false);

    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
