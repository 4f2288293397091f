using WhaiNot.Application.Settings;
using WhaiNot.Native.Runtime;
using WhaiNot.Storage;

namespace WhaiNot.Application.Engines;

/// <summary>The native runtime as the box's settings ask for it (CUDA unless set to cpu, with the CPU fallback); loaded once per process, shared by speech and drafting.</summary>
internal static class EngineRuntime
{
    public static NativeRuntime Load(ApplianceOptions options, DataFolder folder, ILoggerFactory loggers) =>
        NativeRuntime.Load(
            EngineFolders.Runtime(options, folder),
            options.Transcription.Variant == "cpu" ? RuntimeVariant.Cpu : RuntimeVariant.Cuda,
            loggers);
}
