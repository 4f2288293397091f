using Microsoft.Extensions.Options;
using WhaiNot.Application.Settings;
using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Models;
using WhaiNot.Native.Runtime;
using WhaiNot.Storage;
using WhaiNot.TestModels;

namespace WhaiNot.Application.Engines;

/// <summary>
/// With --demo and no real model on the box: writes the self-made test models into the data folder
/// and installs the CPU runtime, in the background so the service is up at once. This is the only
/// time the appliance itself fetches anything, and only in demo mode (production boxes get their
/// runtime from the installer, offline with --from); Appliance:RuntimeSource points at tarballs
/// for an offline demo.
/// </summary>
internal sealed partial class DemoEngineProvisioner(
    IOptions<ApplianceOptions> options,
    DataFolder folder,
    EngineStatus status,
    IHttpClientFactory? httpFactory,
    ILogger<DemoEngineProvisioner> logger) : BackgroundService
{
    private const string TestModelNotice =
        "Deze demo gebruikt zelfgemaakte testmodellen met willekeurige gewichten: transcripties en ontwerpen zijn ruis. " +
        "Voor echte verslagen zet IT een echt Whisper- en taalmodel in de map 'models' van de datamap en pint hun SHA-256 in het modelmanifest.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var manifest = ModelManifest.Shipped();
        if (HasProductionModel(manifest))
        {
            status.Set(EngineState.ProductionModels, "Er staan echte modellen op de box.");
            return;
        }

        if (!settings.Demo || !settings.DemoEngines)
        {
            return;
        }

        status.Set(EngineState.Installing, "De demo installeert de CPU-runtime en de testmodellen…");
        try
        {
            await Task.Run(() => WriteTestModels(manifest), stoppingToken);
            var runtimeFolder = EngineFolders.Runtime(settings, folder);
            if (InstalledRuntime.Load(runtimeFolder, RuntimeVariant.Cpu) is null)
            {
                LogFetching(logger, string.IsNullOrWhiteSpace(settings.RuntimeSource) ? "het npm-register" : settings.RuntimeSource);
                using var http = httpFactory?.CreateClient() ?? new HttpClient();
                var installer = new RuntimeInstaller(http, logger);
                await installer.InstallAsync(runtimeFolder, RuntimeVariant.Cpu, string.IsNullOrWhiteSpace(settings.RuntimeSource) ? null : settings.RuntimeSource, stoppingToken);
            }

            status.Set(EngineState.TestModels, TestModelNotice);
            LogTestModels(logger, TestModelNotice);
        }
        catch (Exception ex) when (ex is RuntimeException or ModelFileException or IOException or HttpRequestException)
        {
            var notice = $"De demo kon de engines niet installeren: {ex.Message} Installeer ze met 'whainot runtime install --from MAP'.";
            status.Set(EngineState.Failed, notice);
            LogFailed(logger, notice);
        }
    }

    private bool HasProductionModel(ModelManifest manifest) =>
        manifest.Models.Any(m => !m.TestModel && File.Exists(Path.Combine(folder.ModelsFolder, m.File)));

    private void WriteTestModels(ModelManifest manifest)
    {
        Directory.CreateDirectory(folder.ModelsFolder);
        foreach (var entry in manifest.Models.Where(m => m.TestModel))
        {
            var path = Path.Combine(folder.ModelsFolder, entry.File);
            if (!File.Exists(path))
            {
                var temporary = path + ".tmp";
                if (entry.Engine == EngineNames.Whisper)
                {
                    TestModelFiles.WriteWhisperTiny(temporary);
                }
                else
                {
                    TestModelFiles.WriteLlamaTiny(temporary);
                }

                File.Move(temporary, path);
            }

            ModelVerifier.Verify(entry, folder.ModelsFolder);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Notice}")]
    private static partial void LogTestModels(ILogger logger, string notice);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alleen in demo: de appliance haalt de CPU-engine-runtime op bij {Source} (vastgepind op hash). Een productiebox maakt geen verbindingen naar buiten.")]
    private static partial void LogFetching(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Notice}")]
    private static partial void LogFailed(ILogger logger, string notice);
}
