using System.Runtime.InteropServices;

namespace WhaiNot.Native.Runtime;

/// <summary>
/// The engine packages this version of the appliance is built against. The C declarations bound in
/// this assembly are those of exactly these versions: whisper.cpp 1.9.3-dev (in
/// @fugood/node-whisper 1.1.3) and llama.cpp v0.5.0 (in @node-llama-cpp 3.22.1; Windows: v0.4.0 in
/// 3.21.1, whose structs are identical). Changing a version means re-checking the bindings.
/// </summary>
public static class EnginePackages
{
    private const string WhisperWindowsUnbindable =
        "Het Windows-pakket van whisper.cpp in het npm-register exporteert alleen Node-API-functies en geen whisper_*-functies; " +
        "het kan niet vanuit .NET aangeroepen worden. Bouw whisper.cpp op de box (zie docs/engines.md) en zet whisper.dll in de runtimemap.";

    public static IReadOnlyList<EnginePackage> For(RuntimeVariant variant, OSPlatform platform)
    {
        if (platform == OSPlatform.Linux)
        {
            return variant == RuntimeVariant.Cpu ? LinuxCpu : LinuxCuda;
        }

        if (platform == OSPlatform.Windows)
        {
            return variant == RuntimeVariant.Cpu
                ? WindowsCpu
                : throw new RuntimeException("Voor Windows is er in deze versie alleen een CPU-runtime.");
        }

        throw new RuntimeException($"Geen runtime voor dit besturingssysteem ({RuntimeInformation.OSDescription}). Ondersteund: Linux x64 en Windows x64.");
    }

    public static OSPlatform CurrentPlatform() =>
        OperatingSystem.IsWindows() ? OSPlatform.Windows : OperatingSystem.IsLinux() ? OSPlatform.Linux : OSPlatform.OSX;

    private static readonly EnginePackage[] LinuxCpu =
    [
        new("whisper", "@fugood/node-whisper-linux-x64", "1.1.3",
            "sha512-hm//o20nioHQ+7s/idIvnYStz+QdN3n9/psbNJdUf7PciV2orpf6OuWwfDBcme22IwgDOSrCYsWDdO0/08pf5w==",
            "package", "index.node", "index.node", null),
        new("llama", "@node-llama-cpp/linux-x64", "3.22.1",
            "sha512-5uCCDNqWCNfaAm8aR/Uzxbo4HBpKgNF91kCHPepKhgMgV2OAmatoefbOlMihsqCiH2Od35E/eUHQCFbfRBJuOg==",
            "package/bins/linux-x64", ".so", "libllama.v0.5.0.so", "libggml.v0.5.0.so"),
    ];

    private static readonly EnginePackage[] LinuxCuda =
    [
        new("whisper", "@fugood/node-whisper-linux-x64-cuda", "1.1.3",
            "sha512-3lG7nso8UIgoCvxXi6cGMkoif0qeRz1vpbqjvbL8RiQW++CqG19inKfxwHf9T+gunGK398s4KEmzt3oYDz3eNg==",
            "package", "index.node", "index.node", null),
        new("llama", "@node-llama-cpp/linux-x64-cuda", "3.22.1",
            "sha512-8rQCjyNNLZJUFit+YpjwlC4hwkKgOMIkB2wuycKBf8NU2O3ySKbiWZQ8aw9ku2nUTXjSnUIrE6KB88itduTBuA==",
            "package/bins/linux-x64-cuda", ".so", "libllama.cuda.v0.5.0.so", "libggml.cuda.v0.5.0.so"),
    ];

    private static readonly EnginePackage[] WindowsCpu =
    [
        new("whisper", "@fugood/node-whisper-win32-x64", "1.1.1",
            "sha512-JzTS5QL4cZoZqM8RQFgE9iCd8T4F0m2nVr2WeV4rHMAuOy+ooMP7Ufz/B5wMUkwfdn6HLWnR0WCUNQKm6S02aw==",
            "package", "index.node", "whisper.dll", null, WhisperWindowsUnbindable),
        new("llama", "@node-llama-cpp/win-x64", "3.21.1",
            "sha512-JcIpCnra7bAd7JNWA8ehdn2DIRaTMuj+fBC8bw+5rKSNzszWFbuj2XA05c5QHovonDMBLN1ePXE/hcfZtzXoUQ==",
            "package/bins/win-x64", ".dll", "llama.v0.4.0.dll", "ggml.v0.4.0.dll"),
    ];
}
