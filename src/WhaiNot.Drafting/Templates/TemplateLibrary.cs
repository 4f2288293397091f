using System.Globalization;
using WhaiNot.Domain.Templates;

namespace WhaiNot.Drafting.Templates;

/// <summary>
/// The templates the box knows: the shipped ones from firmware-config/templates (embedded in this
/// assembly, one file per id and version), found by id and version or by id alone (latest).
/// </summary>
public sealed class TemplateLibrary
{
    private const string ResourcePrefix = "templates/";
    private readonly IReadOnlyList<DraftTemplate> _templates;

    public TemplateLibrary(IEnumerable<DraftTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = [.. templates.OrderBy(t => t.Id, StringComparer.Ordinal).ThenBy(t => VersionNumber(t.Version))];
        var duplicate = _templates.GroupBy(t => (t.Id, t.Version)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new TemplateException($"Het sjabloon '{duplicate.Key.Id}' versie {duplicate.Key.Version} komt meer dan eens voor.");
        }
    }

    /// <summary>Every template, sorted by id, then version.</summary>
    public IReadOnlyList<DraftTemplate> All => _templates;

    /// <summary>The JSON definitions shipped in firmware-config/templates, as written (the appliance stores them as version history).</summary>
    public static IReadOnlyList<string> ShippedDefinitions()
    {
        var assembly = typeof(TemplateLibrary).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            })
            .ToList();
    }

    /// <summary>The templates shipped in firmware-config/templates, embedded in this assembly.</summary>
    public static TemplateLibrary Shipped()
    {
        var assembly = typeof(TemplateLibrary).Assembly;
        var templates = new List<DraftTemplate>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var fileName = name[ResourcePrefix.Length..];
            templates.Add(CheckFileName(TemplateReader.Read(reader.ReadToEnd(), $"'{fileName}'"), fileName));
        }

        return templates.Count > 0 ? new TemplateLibrary(templates) : throw new TemplateException("De ingebouwde sjablonen ontbreken in dit programma.");
    }

    /// <summary>Templates from a folder of &lt;id&gt;.v&lt;version&gt;.json files.</summary>
    public static TemplateLibrary Load(string directory)
    {
        var templates = new List<DraftTemplate>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            templates.Add(CheckFileName(TemplateReader.Read(File.ReadAllText(path), $"'{fileName}'"), fileName));
        }

        return new TemplateLibrary(templates);
    }

    /// <summary>The template with this id and version, or the latest version when <paramref name="version"/> is null.</summary>
    /// <exception cref="TemplateException">No such template or version; the message lists what there is.</exception>
    public DraftTemplate Find(string id, string? version = null)
    {
        var versions = _templates.Where(t => string.Equals(t.Id, id, StringComparison.Ordinal)).ToList();
        if (versions.Count == 0)
        {
            throw new TemplateException($"Onbekend sjabloon '{id}'. Beschikbaar: {string.Join(", ", _templates.Select(t => t.Id).Distinct())}.");
        }

        if (version is null)
        {
            return versions[^1];
        }

        return versions.FirstOrDefault(t => t.Version == version)
            ?? throw new TemplateException($"Het sjabloon '{id}' heeft geen versie '{version}'. Beschikbaar: {string.Join(", ", versions.Select(t => t.Version))}.");
    }

    public DraftTemplate Latest(string id) => Find(id);

    public bool TryFind(string id, string? version, out DraftTemplate? template)
    {
        template = _templates.Where(t => t.Id == id && (version is null || t.Version == version)).LastOrDefault();
        return template is not null;
    }

    private static DraftTemplate CheckFileName(DraftTemplate template, string fileName)
    {
        var expected = $"{template.Id}.v{template.Version}.json";
        return fileName == expected
            ? template
            : throw new TemplateException($"Sjabloon '{fileName}': de bestandsnaam moet '{expected}' zijn (id en versie uit de inhoud).");
    }

    private static int VersionNumber(string version) => int.Parse(version, CultureInfo.InvariantCulture);
}
