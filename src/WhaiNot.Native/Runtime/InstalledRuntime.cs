using System.Text.Json;

namespace WhaiNot.Native.Runtime;

/// <summary>
/// What `whainot runtime install` put in <c>&lt;data&gt;/runtime/&lt;variant&gt;/</c>, as recorded in its
/// runtime.json: which packages, which versions, which library to load per engine.
/// </summary>
public sealed record InstalledRuntime(RuntimeVariant Variant, DateTimeOffset InstalledAt, IReadOnlyList<InstalledEngine> Engines)
{
    public const string FileName = "runtime.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string VariantFolder(string runtimeRoot, RuntimeVariant variant) =>
        Path.Combine(runtimeRoot, variant.ToString().ToLowerInvariant());

    public InstalledEngine? Find(string engine) => Engines.FirstOrDefault(e => e.Engine == engine);

    public void Save(string variantFolder) =>
        File.WriteAllText(Path.Combine(variantFolder, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>The runtime installed for <paramref name="variant"/>, or null when none is.</summary>
    public static InstalledRuntime? Load(string runtimeRoot, RuntimeVariant variant)
    {
        var path = Path.Combine(VariantFolder(runtimeRoot, variant), FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<InstalledRuntime>(File.ReadAllText(path), Json)
                ?? throw new RuntimeException($"'{path}' is leeg.");
        }
        catch (JsonException ex)
        {
            throw new RuntimeException($"'{path}' is beschadigd ({ex.Message}). Installeer de runtime opnieuw met 'whainot runtime install'.", ex);
        }
    }
}
