using System.Runtime.InteropServices;

namespace WhaiNot.Native.Runtime;

/// <summary>The one ggml function llama needs from us: loading the compute backends from the runtime folder.</summary>
internal static unsafe partial class GgmlNative
{
    /// <summary>llama's ggml (backend registry), never whisper's copy.</summary>
    public const string Library = "ggml-llama";

    // ggml_backend_load_all() only searches the executable's folder, which under dotnet is the wrong one.
    [LibraryImport(Library, EntryPoint = "ggml_backend_load_all_from_path")]
    public static partial void LoadAllFromPath(byte* folder);

    [LibraryImport(Library, EntryPoint = "ggml_backend_reg_count")]
    public static partial nuint BackendCount();

    [LibraryImport(Library, EntryPoint = "ggml_backend_dev_count")]
    public static partial nuint DeviceCount();
}
