using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using WhaiNot.Native.Runtime;

namespace WhaiNot.Native.Tests.Runtime;

/// <summary>The installer on tarballs made here: hash check, --from folder, atomic swap, no path tricks.</summary>
public sealed class RuntimeInstallerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("whainot-installer-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Install_FromFolderWithMatchingHash_ShouldExtractOnlyTheNativeFiles()
    {
        var (package, _) = MakePackage("engine-a", ("package/bins/x/libengine.so", "ELF-A"), ("package/bins/x/readme.md", "doc"), ("package/index.js", "js"));

        var installed = await Installer().InstallAsync(RuntimeRoot, RuntimeVariant.Cpu, [package], OfflineFolder, CancellationToken.None);

        var engineFolder = Path.Combine(RuntimeRoot, "cpu", "whisper");
        Assert.Equal(["libengine.so"], Directory.GetFiles(engineFolder).Select(Path.GetFileName));
        Assert.Equal("ELF-A", File.ReadAllText(Path.Combine(engineFolder, "libengine.so")));
        Assert.Equal(package.Version, installed.Engines.Single().Version);
        Assert.Equal(installed.Engines, InstalledRuntime.Load(RuntimeRoot, RuntimeVariant.Cpu)!.Engines);
    }

    [Fact]
    public async Task Install_WhenHashDiffers_ShouldRefuseAndKeepThePreviousRuntime()
    {
        var (good, _) = MakePackage("engine-a", ("package/bins/x/libengine.so", "GOOD"));
        await Installer().InstallAsync(RuntimeRoot, RuntimeVariant.Cpu, [good], OfflineFolder, CancellationToken.None);
        var (tampered, _) = MakePackage("engine-a", ("package/bins/x/libengine.so", "EVIL"));
        var pinnedToTheGoodHash = tampered with { Integrity = good.Integrity };

        var error = await Assert.ThrowsAsync<RuntimeException>(() =>
            Installer().InstallAsync(RuntimeRoot, RuntimeVariant.Cpu, [pinnedToTheGoodHash], OfflineFolder, CancellationToken.None));

        Assert.Contains("niet de verwachte hash", error.Message, StringComparison.Ordinal);
        Assert.Equal("GOOD", File.ReadAllText(Path.Combine(RuntimeRoot, "cpu", "whisper", "libengine.so")));
        Assert.Empty(Directory.GetDirectories(RuntimeRoot, ".staging-*"));
    }

    [Fact]
    public async Task Install_WhenTarballMissingFromFolder_ShouldNameTheFileItLookedFor()
    {
        var (package, path) = MakePackage("engine-a", ("package/bins/x/libengine.so", "A"));
        File.Delete(path);

        var error = await Assert.ThrowsAsync<RuntimeException>(() =>
            Installer().InstallAsync(RuntimeRoot, RuntimeVariant.Cpu, [package], OfflineFolder, CancellationToken.None));

        Assert.Contains(package.TarballName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_WhenArchiveHasTraversalNames_ShouldNotWriteOutsideTheEngineFolder()
    {
        var (package, _) = MakePackage("engine-a", ("package/bins/x/libengine.so", "A"), ("package/bins/x/../../../../evil.so", "X"));

        await Installer().InstallAsync(RuntimeRoot, RuntimeVariant.Cpu, [package], OfflineFolder, CancellationToken.None);

        Assert.False(File.Exists(Path.Combine(_root, "evil.so")));
        Assert.Empty(Directory.GetFiles(_root, "evil.so", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Install_WhenFileIsNotATarball_ShouldRefuseClearly()
    {
        Directory.CreateDirectory(OfflineFolder);
        var path = Path.Combine(OfflineFolder, "engine-a-1.0.0.tgz");
        File.WriteAllText(path, "geen tarball");
        string integrity;
        using (var stream = File.OpenRead(path))
        {
            integrity = PackageIntegrity.Compute(stream);
        }

        var package = new EnginePackage("whisper", "@test/engine-a", "1.0.0", integrity, "package/bins/x", ".so", "libengine.so", null);

        var error = await Assert.ThrowsAsync<RuntimeException>(() =>
            Installer().InstallAsync(RuntimeRoot, RuntimeVariant.Cpu, [package], OfflineFolder, CancellationToken.None));

        Assert.Contains("geen geldige tarball", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PinnedPackages_ShouldCarryASha512IntegrityForEveryPlatform()
    {
        var all = EnginePackages.For(RuntimeVariant.Cpu, System.Runtime.InteropServices.OSPlatform.Linux)
            .Concat(EnginePackages.For(RuntimeVariant.Cuda, System.Runtime.InteropServices.OSPlatform.Linux))
            .Concat(EnginePackages.For(RuntimeVariant.Cpu, System.Runtime.InteropServices.OSPlatform.Windows));

        Assert.All(all, p => Assert.Matches("^sha512-[A-Za-z0-9+/]{86}==$", p.Integrity));
    }

    private string RuntimeRoot => Path.Combine(_root, "runtime");

    private string OfflineFolder => Path.Combine(_root, "offline");

    private static RuntimeInstaller Installer() => new(new HttpClient(), NullLogger.Instance);

    /// <summary>Writes an npm-style tarball into the offline folder and returns a package pinned to its hash.</summary>
    private (EnginePackage Package, string Path) MakePackage(string name, params (string Path, string Content)[] files)
    {
        Directory.CreateDirectory(OfflineFolder);
        var path = Path.Combine(OfflineFolder, $"{name}-1.0.0.tgz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            foreach (var (entryPath, content) in files)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, entryPath) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) });
            }
        }

        using var stream = File.OpenRead(path);
        var package = new EnginePackage("whisper", "@test/" + name, "1.0.0", PackageIntegrity.Compute(stream), "package/bins/x", ".so", "libengine.so", null);
        return (package, path);
    }
}
