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
public sealed partial class SpeechEngine(IOptions<ApplianceOptions> options, DataFolder folder, ModelCatalog catalog, ILoggerFactory loggers) : IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private readonly ILogger _logger = loggers.CreateLogger<SpeechEngine>();
    private LoadedModel? _loaded;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private string? _lastProblem;

    /// <summary>Whether the model runs on a GPU (one slot then: the GPU is the bottleneck, not the cores).</summary>
    public bool OnGpu { get; private set; }

    /// <summary>Whether the model is loaded (it loads on first use), so the IT admin can read <see cref="OnGpu"/> as a fact.</summary>
    public bool IsLoaded => _loaded is not null;

    /// <summary>
    /// The engine for live utterances for as long as the lease is held, or null while no model can be
    /// loaded yet (retried every few seconds). The lease keeps a model that <see cref="Reload"/>
    /// replaced alive until its last user is done, so an import never pulls it from under a stream.
    /// </summary>
    public SpeechLease? TryLease()
    {
        lock (_gate)
        {
            if (_loaded is null && DateTimeOffset.UtcNow - _lastAttempt >= RetryAfter)
            {
                _lastAttempt = DateTimeOffset.UtcNow;
                try
                {
                    _loaded = Load() is { } client ? new LoadedModel(client) : null;
                }
                catch (Exception ex) when (ex is RuntimeException or ModelFileException or EngineException or IOException)
                {
                    if (ex.Message != _lastProblem)
                    {
                        _lastProblem = ex.Message;
                        LogUnavailable(_logger, ex.Message);
                    }
                }
            }

            if (_loaded is null)
            {
                return null;
            }

            _loaded.Users++;
            return new SpeechLease(this, _loaded);
        }
    }

    /// <summary>After a model import: the next lease loads the model the catalog now names; the old one goes when its last lease ends.</summary>
    public void Reload()
    {
        lock (_gate)
        {
            if (_loaded is { } old)
            {
                old.Retired = true;
                if (old.Users == 0)
                {
                    old.Client.Dispose();
                }
            }

            _loaded = null;
            _lastAttempt = DateTimeOffset.MinValue;
            _lastProblem = null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _loaded?.Client.Dispose();
            _loaded = null;
        }
    }

    internal void Release(LoadedModel model)
    {
        lock (_gate)
        {
            model.Users--;
            if (model.Retired && model.Users == 0)
            {
                model.Client.Dispose();
            }
        }
    }

    private WhisperUtteranceClient? Load()
    {
        var entry = catalog.Effective().Installed(EngineNames.Whisper, folder.ModelsFolder);
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

    internal sealed class LoadedModel(WhisperUtteranceClient client)
    {
        public WhisperUtteranceClient Client { get; } = client;

        public int Users { get; set; }

        public bool Retired { get; set; }
    }
}

/// <summary>A loaded speech model, held for one pass of a transcriber.</summary>
public sealed class SpeechLease : IDisposable
{
    private readonly SpeechEngine _engine;
    private readonly SpeechEngine.LoadedModel _model;
    private bool _released;

    internal SpeechLease(SpeechEngine engine, SpeechEngine.LoadedModel model)
    {
        _engine = engine;
        _model = model;
    }

    public WhisperUtteranceClient Client => _model.Client;

    public void Dispose()
    {
        if (!_released)
        {
            _released = true;
            _engine.Release(_model);
        }
    }
}
