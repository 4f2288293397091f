using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.Logging;
using WhaiNot.Native.Llama;
using WhaiNot.Native.Logging;
using WhaiNot.Native.Whisper;

namespace WhaiNot.Native.Runtime;

/// <summary>
/// Loads the installed engines once per process and resolves this assembly's imports to them.
/// Every library is loaded by full path and locally (dlopen without RTLD_GLOBAL), so whisper's
/// statically linked ggml and llama's shared ggml never bind to each other's symbols.
/// </summary>
public sealed partial class NativeRuntime
{
    private static readonly Lock Gate = new();
    private static NativeRuntime? _current;

    private readonly Dictionary<string, nint> _libraries;

    private NativeRuntime(string folder, InstalledRuntime installed, Dictionary<string, nint> libraries)
    {
        Folder = folder;
        Installed = installed;
        _libraries = libraries;
    }

    public string Folder { get; }

    public InstalledRuntime Installed { get; }

    public RuntimeVariant Variant => Installed.Variant;

    /// <summary>The loaded runtime; throws when <see cref="Load"/> hasn't been called.</summary>
    public static NativeRuntime Current => _current ?? throw new RuntimeException("De native runtime is nog niet geladen.");

    public static bool IsLoaded => _current is not null;

    /// <summary>
    /// Loads the runtime from <paramref name="runtimeRoot"/>. A CUDA request falls back to the CPU
    /// runtime, with a log line saying why, when no GPU driver or CUDA runtime is there.
    /// </summary>
    public static NativeRuntime Load(string runtimeRoot, RuntimeVariant preferred, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        lock (Gate)
        {
            if (_current is { } existing)
            {
                // Native libraries can't be unloaded safely; one runtime serves the whole process.
                return Path.GetFullPath(existing.Folder).StartsWith(Path.GetFullPath(runtimeRoot), StringComparison.Ordinal)
                    ? existing
                    : throw new RuntimeException($"Er is al een runtime geladen uit '{existing.Folder}'; één runtime per proces.");
            }

            var logger = loggers.CreateLogger<NativeRuntime>();
            var variant = ChooseVariant(runtimeRoot, preferred, logger);
            var folder = InstalledRuntime.VariantFolder(runtimeRoot, variant);
            var installed = InstalledRuntime.Load(runtimeRoot, variant)
                ?? throw new RuntimeException(
                    $"Er is geen {variant.ToString().ToLowerInvariant()}-runtime geïnstalleerd in '{folder}'. " +
                    $"Installeer ze met: whainot runtime install --variant {variant.ToString().ToLowerInvariant()}");

            NativeLogBridge.Configure(loggers);
            var libraries = LoadLibraries(folder, installed);
            var runtime = new NativeRuntime(folder, installed, libraries);
            _current = runtime;
            NativeLibrary.SetDllImportResolver(typeof(NativeRuntime).Assembly, Resolve);
            runtime.InitializeEngines();
            LogLoaded(logger, variant, folder);
            return runtime;
        }
    }

    public bool Has(string engine) => _libraries.ContainsKey(engine);

    /// <exception cref="RuntimeException">The engine isn't part of the installed runtime.</exception>
    public void Require(string engine)
    {
        if (!Has(engine))
        {
            throw new RuntimeException($"De {engine}-engine is niet geïnstalleerd in '{Folder}'. Installeer de runtime opnieuw met 'whainot runtime install'.");
        }
    }

    public unsafe RuntimeInfo Describe()
    {
        string? whisperVersion = null, whisperSystem = null, llamaSystem = null;
        var gpuOffload = false;
        if (Has(EngineNames.Whisper))
        {
            whisperVersion = Utf8(WhisperNative.Version());
            whisperSystem = Utf8(WhisperNative.PrintSystemInfo());
        }

        if (Has(EngineNames.Llama))
        {
            llamaSystem = Utf8(LlamaNative.PrintSystemInfo());
            gpuOffload = LlamaNative.SupportsGpuOffload();
        }

        return new RuntimeInfo(Variant, Folder, Installed.Engines, whisperVersion, whisperSystem, llamaSystem, gpuOffload);
    }

    internal static unsafe string Utf8(byte* text) =>
        text is null ? "" : Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text));

    private static RuntimeVariant ChooseVariant(string runtimeRoot, RuntimeVariant preferred, ILogger logger)
    {
        if (preferred != RuntimeVariant.Cuda)
        {
            return preferred;
        }

        var reason = InstalledRuntime.Load(runtimeRoot, RuntimeVariant.Cuda) is null
            ? "de CUDA-runtime is niet geïnstalleerd"
            : CudaProbe.WhyUnavailable();
        if (reason is null)
        {
            return RuntimeVariant.Cuda;
        }

        LogCudaFallback(logger, reason);
        return RuntimeVariant.Cpu;
    }

    private static Dictionary<string, nint> LoadLibraries(string folder, InstalledRuntime installed)
    {
        var libraries = new Dictionary<string, nint>(StringComparer.Ordinal);
        foreach (var engine in installed.Engines)
        {
            var engineFolder = Path.Combine(folder, engine.Engine);
            libraries[engine.Engine] = LoadOne(Path.Combine(engineFolder, engine.Library));
            if (engine.BackendLibrary is { } backend)
            {
                libraries[GgmlNative.Library] = LoadOne(Path.Combine(engineFolder, backend));
            }
        }

        return libraries;
    }

    private static nint LoadOne(string path)
    {
        if (!File.Exists(path))
        {
            throw new RuntimeException($"De bibliotheek '{path}' ontbreekt. Installeer de runtime opnieuw met 'whainot runtime install'.");
        }

        try
        {
            return NativeLibrary.Load(path);
        }
        catch (Exception ex) when (ex is DllNotFoundException or BadImageFormatException)
        {
            throw new RuntimeException($"De bibliotheek '{path}' laadt niet: {ex.Message}", ex);
        }
    }

    private unsafe void InitializeEngines()
    {
        if (Has(EngineNames.Whisper))
        {
            WhisperNative.LogSet(NativeLogBridge.WhisperCallback, 0);
        }

        if (Has(EngineNames.Llama))
        {
            LlamaNative.LogSet(NativeLogBridge.LlamaCallback, 0);
            var llamaFolder = Encoding.UTF8.GetBytes(Path.Combine(Folder, EngineNames.Llama) + "\0");
            fixed (byte* path = llamaFolder)
            {
                GgmlNative.LoadAllFromPath(path);
            }

            if (GgmlNative.BackendCount() == 0)
            {
                throw new RuntimeException($"llama.cpp vond geen rekenbackend in '{Path.Combine(Folder, EngineNames.Llama)}'.");
            }

            LlamaNative.BackendInit();
        }
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        _current is { } runtime && runtime._libraries.TryGetValue(name, out var handle) ? handle : 0;

    [LoggerMessage(Level = LogLevel.Warning, Message = "CUDA gevraagd maar niet bruikbaar ({Reason}); de CPU-runtime wordt gebruikt.")]
    private static partial void LogCudaFallback(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Native runtime {Variant} loaded from {Folder}")]
    private static partial void LogLoaded(ILogger logger, RuntimeVariant variant, string folder);
}
