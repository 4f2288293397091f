using System.Runtime.InteropServices;

namespace WhaiNot.Native.Runtime;

/// <summary>
/// Checks, before any engine library is loaded, that the CUDA builds can load: the driver and the
/// CUDA runtimes each prebuilt library was linked against. Loading half a CUDA runtime and then
/// falling back would leave two ggml builds with the same library names in the process.
/// </summary>
internal static class CudaProbe
{
    // whisper's CUDA build needs CUDA 12, llama's needs CUDA 13 (read from their DT_NEEDED entries).
    private static readonly string[] LinuxLibraries =
        ["libcuda.so.1", "libcudart.so.12", "libcublas.so.12", "libcudart.so.13", "libcublas.so.13"];

    /// <summary>Null when CUDA can be used; otherwise what is missing (Dutch).</summary>
    public static string? WhyUnavailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "de CUDA-runtime is in deze versie alleen voor Linux beschikbaar";
        }

        foreach (var library in LinuxLibraries)
        {
            if (!NativeLibrary.TryLoad(library, out _))
            {
                return library == "libcuda.so.1"
                    ? "geen NVIDIA-stuurprogramma gevonden (libcuda.so.1)"
                    : $"de CUDA-bibliotheek {library} ontbreekt";
            }
        }

        return null;
    }
}
