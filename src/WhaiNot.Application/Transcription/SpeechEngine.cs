using Microsoft.Extensions.Options;
using WhaiNot.Application.Engines;
using WhaiNot.Application.Settings;
using WhaiNot.Native;
using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Models;
using WhaiNot.Native.Runtime;
using WhaiNot.Native.Whisper;
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
    private WhisperModel? _model;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private string? _lastProblem;

    /// <summary>Whether the model runs on a GPU (one slot then: the GPU is the bottleneck, not the cores).</summary>
    public bool OnGpu { get; private set; }

    /// <summary>The model, or null while none can be loaded yet (retried every few seconds).</summary>
    public WhisperModel? TryGet()
    {
        lock (_gate)
        {
            if (_model is not null || DateTimeOffset.UtcNow - _lastAttempt < RetryAfter)
            {
                return _model;
            }

            _lastAttempt = DateTimeOffset.UtcNow;
            try
            {
                _model = Load();
            }
            catch (Exception ex) when (ex is RuntimeException or ModelFileException or EngineException or IOException)
            {
                if (ex.Message != _lastProblem)
                {
                    _lastProblem = ex.Message;
                    LogUnavailable(_logger, ex.Message);
                }
            }

            return _model;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _model?.Dispose();
            _model = null;
        }
    }

    private WhisperModel? Load()
    {
        var entry = ModelManifest.Shipped().Installed(EngineNames.Whisper, folder.ModelsFolder);
        if (entry is null)
        {
            return null;
        }

        var runtime = EngineRuntime.Load(options.Value, folder, loggers);
        var path = ModelVerifier.Verify(entry, folder.ModelsFolder);
        OnGpu = runtime.Variant == RuntimeVariant.Cuda && entry.Parameters.GpuLayers != 0;
        var model = WhisperModel.Load(path, OnGpu);
        LogLoaded(_logger, entry.Name, OnGpu ? "GPU" : "CPU");
        return model;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Spraakmodel {Model} geladen ({Device}).")]
    private static partial void LogLoaded(ILogger logger, string model, string device);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live transcriptie wacht: {Problem}")]
    private static partial void LogUnavailable(ILogger logger, string problem);
}
