using Microsoft.Extensions.Options;
using WhaiNot.Application.Engines;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Drafting.Llm;
using WhaiNot.Native;
using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Models;
using WhaiNot.Native.Runtime;
using WhaiNot.Storage;

namespace WhaiNot.Application.Reports;

/// <summary>
/// The box's language model for the llm draft engine, loaded on first use from the manifest (a
/// production model when IT imported and pinned one, else the demo's test model), one draft at a
/// time: the model and its context are shared, and drafts are short next to the time a worker
/// spends reviewing them.
/// </summary>
public sealed partial class DraftingEngine(IOptions<ApplianceOptions> options, DataFolder folder, ModelCatalog catalog, ILoggerFactory loggers) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly ILogger _logger = loggers.CreateLogger<DraftingEngine>();
    private LlmSession? _session;

    /// <summary>Runs <paramref name="draft"/> with the loaded engine, waiting for a draft already running.</summary>
    /// <exception cref="UnavailableRefusal">No runtime or language model on the box.</exception>
    public async Task<T> RunAsync<T>(Func<LlmDraftEngine, Task<T>> draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await _one.WaitAsync(cancellationToken);
        try
        {
            _session ??= Open();
            return await draft(_session.Engine);
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>After a model import: waits for a draft that is running, then lets the next draft load the model the catalog now names.</summary>
    public async Task ReloadAsync()
    {
        await _one.WaitAsync();
        try
        {
            _session?.Dispose();
            _session = null;
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose()
    {
        _session?.Dispose();
        _one.Dispose();
    }

    private LlmSession Open()
    {
        var entry = catalog.Effective().Installed(EngineNames.Llama, folder.ModelsFolder)
            ?? throw new UnavailableRefusal("Er staat geen taalmodel op de box. Gebruik de engine 'extractive', of laat IT een taalmodel installeren.");
        try
        {
            var settings = options.Value;
            var runtime = EngineRuntime.Load(settings, folder, loggers);
            var path = ModelVerifier.Verify(entry, folder.ModelsFolder);
            var gpuLayers = runtime.Variant == RuntimeVariant.Cuda ? entry.Parameters.GpuLayers : 0;
            var drafting = settings.Drafting;
            var budgets = new LlmDraftOptions(ContextTokens: Math.Min(entry.Parameters.ContextSize, drafting.MaxContextTokens), MaxSentencesPerCall: drafting.MaxSentencesPerCall, MaxSentenceCharacters: drafting.MaxSentenceCharacters);
            var threads = drafting.Threads > 0 ? drafting.Threads : entry.Parameters.Threads;
            var session = LlmSession.Open(path, new EngineInfo("llm", entry.Name, entry.Sha256), budgets, gpuLayers, threads);
            LogLoaded(_logger, entry.Name, gpuLayers != 0 ? "GPU" : "CPU");
            return session;
        }
        catch (Exception ex) when (ex is RuntimeException or ModelFileException or EngineException or IOException or ArgumentOutOfRangeException)
        {
            throw new UnavailableRefusal($"Het taalmodel kon niet geladen worden: {ex.Message}", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Taalmodel {Model} geladen ({Device}).")]
    private static partial void LogLoaded(ILogger logger, string model, string device);
}
