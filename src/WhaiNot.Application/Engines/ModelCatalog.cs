using System.Globalization;
using WhaiNot.Native.Models;
using WhaiNot.Native.Runtime;
using WhaiNot.Storage;

namespace WhaiNot.Application.Engines;

/// <summary>
/// The models this box may load: the shipped manifest with the hashes IT pinned at import and the
/// models IT admitted with --allow-unlisted. Read fresh each time, so an import counts at once.
/// </summary>
public sealed class ModelCatalog(ImportedModelStore imported)
{
    public ModelManifest Effective() => ModelManifest.Shipped().WithImported(imported.All().Select(ToEntry));

    public static ModelEntry ToEntry(ImportedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ModelEntry(
            model.Name,
            model.File,
            model.Sha256,
            model.Engine,
            model.Engine == EngineNames.Whisper ? new ModelParameters(GpuLayers: -1, ContextSize: 448, Threads: 4) : new ModelParameters(GpuLayers: -1, ContextSize: 8192, Threads: 4),
            TestModel: false,
            Description: model.Unlisted
                ? $"Niet in de lijst van ondersteunde modellen; toegelaten door {model.ImportedBy} op {model.ImportedAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-BE"))}."
                : null);
    }
}
