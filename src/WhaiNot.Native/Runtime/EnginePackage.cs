namespace WhaiNot.Native.Runtime;

/// <summary>
/// One pinned npm package that carries a native engine: name, exact version and the registry's
/// integrity hash (SRI, sha512), plus which files of the tarball to install and which one to load.
/// </summary>
/// <param name="Engine">"whisper" or "llama": the sub-folder under the variant folder.</param>
/// <param name="SourceFolder">Folder inside the tarball whose matching files are installed (flattened).</param>
/// <param name="FilePattern">Which files of that folder to install (a file-name suffix such as ".so").</param>
/// <param name="Library">The file to load; its dependencies are found next to it.</param>
/// <param name="BackendLibrary">For llama: the ggml library that loads the compute backends; null for whisper.</param>
/// <param name="NotBindable">Set when the package exists but can't be called from .NET; says why (Dutch).</param>
public sealed record EnginePackage(
    string Engine,
    string Name,
    string Version,
    string Integrity,
    string SourceFolder,
    string FilePattern,
    string Library,
    string? BackendLibrary,
    string? NotBindable = null)
{
    /// <summary>The tarball's file name as the registry serves it: the unscoped name, a dash, the version.</summary>
    public string TarballName => $"{Name[(Name.IndexOf('/', StringComparison.Ordinal) + 1)..]}-{Version}.tgz";
}
