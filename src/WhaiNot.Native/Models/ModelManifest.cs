using System.Text.Json;
using System.Text.Json.Serialization;

namespace WhaiNot.Native.Models;

/// <summary>The shipped list of models (firmware-config/models.json), read and checked for consistency.</summary>
public sealed record ModelManifest(IReadOnlyList<ModelEntry> Models)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The model of <paramref name="engine"/> that is present in <paramref name="modelsFolder"/>: a production model before a test model, else null.</summary>
    public ModelEntry? Installed(string engine, string modelsFolder) =>
        Models.Where(m => m.Engine == engine).OrderBy(m => m.TestModel).FirstOrDefault(m => File.Exists(Path.Combine(modelsFolder, m.File)));

    /// <summary>
    /// This manifest with what IT imported on the box: a shipped entry without a hash gets the one
    /// pinned at import (same file name); a model not in the list joins it as imported.
    /// </summary>
    public ModelManifest WithImported(IEnumerable<ModelEntry> imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        var models = Models.ToList();
        foreach (var model in imported)
        {
            var index = models.FindIndex(m => m.File == model.File);
            if (index < 0)
            {
                models.Add(model);
            }
            else if (models[index].Sha256.Length == 0)
            {
                models[index] = models[index] with { Sha256 = model.Sha256 };
            }
        }

        return new ModelManifest(models);
    }

    public ModelEntry? FindByFile(string file) => Models.FirstOrDefault(m => m.File == file);

    public ModelEntry? Find(string name) => Models.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <exception cref="ModelManifestException">Not valid JSON, or an entry is incomplete.</exception>
    public static ModelManifest Parse(string json, string source)
    {
        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModelManifest>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new ModelManifestException($"Het modelmanifest '{source}' is geen geldige JSON: {ex.Message}", ex);
        }

        if (manifest?.Models is null)
        {
            throw new ModelManifestException($"Het modelmanifest '{source}' bevat geen lijst 'models'.");
        }

        foreach (var entry in manifest.Models)
        {
            Check(entry, source);
        }

        var duplicate = manifest.Models.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModelManifestException($"Het modelmanifest '{source}' noemt model '{duplicate.Key}' meer dan eens.");
        }

        return manifest;
    }

    /// <summary>The manifest shipped in firmware-config/models.json, embedded in this assembly.</summary>
    public static ModelManifest Shipped()
    {
        using var stream = typeof(ModelManifest).Assembly.GetManifestResourceStream("models.json")
            ?? throw new ModelManifestException("Het ingebouwde modelmanifest ontbreekt in dit programma.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "firmware-config/models.json");
    }

    public static ModelManifest Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (IOException ex)
        {
            throw new ModelManifestException($"Het modelmanifest '{path}' kan niet gelezen worden: {ex.Message}", ex);
        }
    }

    private static void Check(ModelEntry entry, string source)
    {
        if (string.IsNullOrWhiteSpace(entry.Name) || string.IsNullOrWhiteSpace(entry.File))
        {
            throw new ModelManifestException($"Een model in '{source}' heeft geen naam of bestand.");
        }

        if (entry.Engine is not ("whisper" or "llama"))
        {
            throw new ModelManifestException($"Model '{entry.Name}' in '{source}': engine moet 'whisper' of 'llama' zijn, niet '{entry.Engine}'.");
        }

        if (entry.File.IndexOfAny(['/', '\\']) >= 0 || entry.File.Contains("..", StringComparison.Ordinal))
        {
            throw new ModelManifestException($"Model '{entry.Name}' in '{source}': het bestand is een naam in de modelmap, geen pad.");
        }

        if (entry.Sha256.Length != 0 && (entry.Sha256.Length != 64 || !entry.Sha256.All(char.IsAsciiHexDigitLower)))
        {
            throw new ModelManifestException($"Model '{entry.Name}' in '{source}': sha256 moet 64 kleine hexadecimale tekens zijn.");
        }

        if (entry.Parameters is null || entry.Parameters.ContextSize < 256 || entry.Parameters.Threads < 0 || entry.Parameters.GpuLayers < -1)
        {
            throw new ModelManifestException($"Model '{entry.Name}' in '{source}': parameters ontbreken of zijn ongeldig (contextSize ≥ 256, threads ≥ 0, gpuLayers ≥ -1).");
        }
    }
}
