using System.Formats.Tar;
using System.IO.Compression;
using Microsoft.Extensions.Logging;

namespace WhaiNot.Native.Runtime;

/// <summary>
/// Installs the native engines: fetches the pinned npm tarballs (or takes them from a folder copied
/// onto an air-gapped box), refuses any whose hash differs, extracts only the native libraries into
/// a staging folder and swaps it in whole, so a failed install leaves the previous runtime intact.
/// </summary>
public sealed partial class RuntimeInstaller(HttpClient http, ILogger logger)
{
    public Task<InstalledRuntime> InstallAsync(string runtimeRoot, RuntimeVariant variant, string? fromFolder, CancellationToken cancellationToken) =>
        InstallAsync(runtimeRoot, variant, EnginePackages.For(variant, EnginePackages.CurrentPlatform()), fromFolder, cancellationToken);

    /// <summary>Installs <paramref name="packages"/>; the pinned list in production, test packages in tests.</summary>
    internal async Task<InstalledRuntime> InstallAsync(string runtimeRoot, RuntimeVariant variant, IReadOnlyList<EnginePackage> packages, string? fromFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(runtimeRoot);
        var staging = Path.Combine(runtimeRoot, ".staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            var engines = new List<InstalledEngine>();
            foreach (var package in packages)
            {
                if (package.NotBindable is { } reason)
                {
                    LogNotBindable(logger, package.Name, reason);
                    continue;
                }

                var tarball = await ObtainAsync(package, fromFolder, staging, cancellationToken);
                PackageIntegrity.Verify(tarball, package);
                var count = await ExtractAsync(tarball, package, Path.Combine(staging, package.Engine), cancellationToken);
                File.Delete(tarball);
                if (!File.Exists(Path.Combine(staging, package.Engine, package.Library)))
                {
                    throw new RuntimeException($"Het pakket {package.Name}@{package.Version} bevat '{package.Library}' niet.");
                }

                LogInstalled(logger, package.Name, package.Version, count);
                engines.Add(new InstalledEngine(package.Engine, package.Name, package.Version, package.Integrity, package.Library, package.BackendLibrary));
            }

            var installed = new InstalledRuntime(variant, DateTimeOffset.UtcNow, engines);
            installed.Save(staging);
            SwapIn(staging, InstalledRuntime.VariantFolder(runtimeRoot, variant));
            return installed;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private async Task<string> ObtainAsync(EnginePackage package, string? fromFolder, string staging, CancellationToken cancellationToken)
    {
        var target = Path.Combine(staging, package.TarballName);
        if (fromFolder is not null)
        {
            var source = NpmRegistry.OfflineFileNames(package).Select(n => Path.Combine(fromFolder, n)).FirstOrDefault(File.Exists)
                ?? throw new RuntimeException(
                    $"In '{fromFolder}' staat geen {package.TarballName} (of {NpmRegistry.OfflineFileNames(package).Last()}) voor {package.Name}@{package.Version}.");
            File.Copy(source, target);
            return target;
        }

        var url = NpmRegistry.TarballUrl(NpmRegistry.Resolve(), package);
        LogDownloading(logger, package.Name, package.Version, url);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new RuntimeException($"Downloaden van {package.Name}@{package.Version} mislukt: HTTP {(int)response.StatusCode} van {url}.");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using var file = File.Create(target);
            await body.CopyToAsync(file, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new RuntimeException(
                $"Downloaden van {package.Name}@{package.Version} van {url} mislukt ({ex.Message}). " +
                "Zonder netwerk: kopieer de tarballs naar een map en gebruik --from MAP.", ex);
        }

        return target;
    }

    /// <summary>Extracts the native files of one folder of the tarball, by file name only (no paths from the archive are trusted).</summary>
    private static async Task<int> ExtractAsync(string tarball, EnginePackage package, string destination, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(destination);
        var count = 0;
        try
        {
            await using var file = File.OpenRead(tarball);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using var reader = new TarReader(gzip);
            while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
                {
                    continue;
                }

                var folder = Path.GetDirectoryName(entry.Name.Replace('\\', '/'))?.Replace('\\', '/');
                var name = Path.GetFileName(entry.Name);
                if (folder != package.SourceFolder || !name.EndsWith(package.FilePattern, StringComparison.Ordinal))
                {
                    continue;
                }

                var path = Path.Combine(destination, name);
                await using (var output = File.Create(path))
                {
                    await entry.DataStream.CopyToAsync(output, cancellationToken);
                }

                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
                }

                count++;
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException)
        {
            throw new RuntimeException($"Het pakket {package.Name}@{package.Version} is geen geldige tarball: {ex.Message}", ex);
        }

        return count;
    }

    private static void SwapIn(string staging, string variantFolder)
    {
        string? previous = null;
        if (Directory.Exists(variantFolder))
        {
            previous = variantFolder + ".old-" + Guid.NewGuid().ToString("N");
            Directory.Move(variantFolder, previous);
        }

        Directory.Move(staging, variantFolder);
        if (previous is not null)
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Downloading {Package}@{Version} from {Url}")]
    private static partial void LogDownloading(ILogger logger, string package, string version, Uri url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed {Package}@{Version}: {Count} native files")]
    private static partial void LogInstalled(ILogger logger, string package, string version, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipping {Package}: {Reason}")]
    private static partial void LogNotBindable(ILogger logger, string package, string reason);
}
