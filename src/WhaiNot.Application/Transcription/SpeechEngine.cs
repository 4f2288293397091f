using Microsoft.Extensions.Options;
using WhaiNot.Application.Engines;
using WhaiNot.Application.Settings;

// Loading is the one place transcription meets the native side: which model the manifest names,
// its verification, the runtime variant (GPU or CPU) and the load failures to wait out. Everything
// after loading goes through the Speech adapter (WhisperUtteranceClient).
using WhaiNot.Native;
using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Models;
using WhaiNot.Native.Runtime;
using WhaiNot.Speech.Engine;
using WhaiNot.Storage;

namespace WhaiNot.Application.Transcription;

/// <summary>
/// The one Whisper model of the box, loaded on first use: a production model when IT imported one
/// (verified against the manifest), else the demo's test model. Until the runtime and a model are
/// there, <see cref="TryGet"/> returns null and live audio simply waits (it is stored, not lost).
/// </summary>
public sealed partial class SpeechEngine(IOptions<ApplianceOptions> options, DataFolder folder, ILoggerFactory loggers) : IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private readonly ILogger _logger = loggers.CreateLogger<SpeechEngine>();
    private WhisperUtteranceClient? _client;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private string? _lastProblem;

    /// <summary>Whether the model runs on a GPU (one slot then: the GPU is the bottleneck, not the cores).</summary>
    public bool OnGpu { get; private set; }

    /// <summary>Whether the model is loaded (it loads on first use), so the IT admin can read <see cref="OnGpu"/> as a fact.</summary>
    public bool IsLoaded => _client is not null;

    /// <summary>The engine for live utterances, or null while no model can be loaded yet (retried every few seconds).</summary>
    public WhisperUtteranceClient? TryGet()
    {
        lock (_gate)
        {
            if (_client is not null || DateTimeOffset.UtcNow - _lastAttempt < RetryAfter)
            {
                return _client;
            }

            _lastAttempt = DateTimeOffset.UtcNow;
            try
            {
                _client = Load();
            }
            catch (Exception ex) when (ex is RuntimeException or ModelFileException or EngineException or IOException)
            {
                if (ex.Message != _lastProblem)
                {
                    _lastProblem = ex.Message;
                    LogUnavailable(_logger, ex.Message);
                }
            }

            return _client;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _client?.Dispose();
            _client = null;
        }
    }

    private WhisperUtteranceClient? Load()
    {
        var entry = ModelManifest.Shipped().Installed(EngineNames.Whisper, folder.ModelsFolder);
        if (entry is null)
        {
            return null;
        }

        var runtime = EngineRuntime.Load(options.Value, folder, loggers);
        var path = ModelVerifier.Verify(entry, folder.ModelsFolder);
        OnGpu = runtime.Variant == RuntimeVariant.Cuda && entry.Parameters.GpuLayers != 0;
        var client = WhisperUtteranceClient.Load(path, OnGpu);
        LogLoaded(_logger, entry.Name, OnGpu ? "GPU" : "CPU");
        return client;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Spraakmodel {Model} geladen ({Device}).")]
    private static partial void LogLoaded(ILogger logger, string model, string device);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live transcriptie wacht: {Problem}")]
    private static partial void LogUnavailable(ILogger logger, string problem);
}
