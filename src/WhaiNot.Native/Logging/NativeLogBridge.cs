using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.Logging;

namespace WhaiNot.Native.Logging;

/// <summary>
/// Routes the engines' log callbacks (ggml_log_callback) to ILogger instead of stderr. The native
/// side keeps the function pointer for the life of the process, so the callbacks are static.
/// </summary>
internal static unsafe class NativeLogBridge
{
    private static ILogger _whisper = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    private static ILogger _llama = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public static delegate* unmanaged[Cdecl]<int, byte*, nint, void> WhisperCallback => &OnWhisperLog;

    public static delegate* unmanaged[Cdecl]<int, byte*, nint, void> LlamaCallback => &OnLlamaLog;

    public static void Configure(ILoggerFactory loggers)
    {
        _whisper = loggers.CreateLogger("WhaiNot.Native.Whisper");
        _llama = loggers.CreateLogger("WhaiNot.Native.Llama");
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnWhisperLog(int level, byte* text, nint userData) => Write(_whisper, level, text);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnLlamaLog(int level, byte* text, nint userData) => Write(_llama, level, text);

    private static void Write(ILogger logger, int level, byte* text)
    {
        // An exception must never unwind into native code: swallow anything the logger throws.
        try
        {
            var logLevel = level switch
            {
                4 => LogLevel.Error,
                3 => LogLevel.Warning,
                2 => LogLevel.Debug,
                _ => LogLevel.Trace,
            };
            if (text is null || !logger.IsEnabled(logLevel))
            {
                return;
            }

            var message = Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text)).TrimEnd();
            if (message.Length > 0)
            {
#pragma warning disable CA1848, CA2254 // Native text is the message; there is no template to cache.
                logger.Log(logLevel, message);
#pragma warning restore CA1848, CA2254
            }
        }
        catch (Exception)
        {
        }
    }
}
