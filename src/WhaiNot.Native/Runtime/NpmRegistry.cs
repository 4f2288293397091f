namespace WhaiNot.Native.Runtime;

/// <summary>
/// Where engine packages come from when the box may reach a registry (installation time only; the
/// running service never downloads). WHAINOT_NPM_REGISTRY or npm's own npm_config_registry override.
/// </summary>
public static class NpmRegistry
{
    public const string DefaultUrl = "https://registry.npmjs.org/";

    public static Uri Resolve()
    {
        var configured = Environment.GetEnvironmentVariable("WHAINOT_NPM_REGISTRY")
            ?? Environment.GetEnvironmentVariable("npm_config_registry")
            ?? DefaultUrl;
        return new Uri(configured.EndsWith('/') ? configured : configured + "/");
    }

    public static Uri TarballUrl(Uri registry, EnginePackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return new Uri(registry, $"{package.Name}/-/{package.TarballName}");
    }

    /// <summary>File names a tarball may have when copied onto an air-gapped box (`npm pack` names scoped packages scope-name-version.tgz).</summary>
    public static IEnumerable<string> OfflineFileNames(EnginePackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        yield return package.TarballName;
        yield return package.Name.TrimStart('@').Replace('/', '-') + "-" + package.Version + ".tgz";
    }
}
