using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using WhaiNot.Domain.Templates;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Drafting.Templates;

/// <summary>
/// Reads one template definition and checks it strictly: every field present, ids well formed
/// and unique, a humanOnly section without cues, every other section with at least one cue.
/// Unlike transcripts, a template is our own configuration, so an unknown field is refused too
/// (a typo such as "humanonly" must not silently make a section fillable).
/// </summary>
public static partial class TemplateReader
{
    private static readonly HashSet<string> TopFields = ["id", "version", "title", "date", "owner", "reason", "sections"];
    private static readonly HashSet<string> SectionFields = ["id", "heading", "required", "humanOnly", "description", "cues"];
    private static readonly HashSet<string> CueFields = ["strong", "weak", "worker", "closing"];

    public static DraftTemplate Read(string json, string source)
    {
        try
        {
            return Parse(json, source);
        }
        catch (ContractException ex)
        {
            throw new TemplateException($"Sjabloon {source}: {ex.Message}", ex);
        }
    }

    private static DraftTemplate Parse(string json, string source)
    {
        using var document = JsonFields.Parse(json, "het bestand");
        var root = document.RootElement;
        JsonFields.RequireObject(root, "het bestand");
        RejectUnknown(root, TopFields, "het sjabloon");
        var id = JsonFields.RequireString(root, "id", "het sjabloon");
        if (!IdPattern().IsMatch(id))
        {
            throw new ContractException($"de id '{id}' mag alleen kleine letters, cijfers, '-' en '_' bevatten.");
        }

        var version = JsonFields.RequireString(root, "version", "het sjabloon");
        if (!VersionPattern().IsMatch(version))
        {
            throw new ContractException($"de versie '{version}' moet een positief geheel getal zijn, zoals \"1\".");
        }

        var dateText = JsonFields.RequireString(root, "date", "het sjabloon");
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ContractException($"de datum '{dateText}' moet de vorm JJJJ-MM-DD hebben.");
        }

        var sections = new List<TemplateSection>();
        foreach (var element in JsonFields.RequireArray(root, "sections", "het sjabloon"))
        {
            sections.Add(ReadSection(element, sections.Count + 1));
        }

        if (sections.Count == 0)
        {
            throw new ContractException("het sjabloon heeft geen secties.");
        }

        var duplicate = sections.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ContractException($"de sectie '{duplicate.Key}' komt meer dan eens voor.");
        }

        return new DraftTemplate(
            id,
            version,
            JsonFields.RequireString(root, "title", "het sjabloon"),
            date,
            JsonFields.RequireString(root, "owner", "het sjabloon"),
            JsonFields.RequireString(root, "reason", "het sjabloon"),
            sections);
    }

    private static TemplateSection ReadSection(JsonElement element, int number)
    {
        var where = $"sectie {number}";
        JsonFields.RequireObject(element, where);
        var id = JsonFields.RequireString(element, "id", where);
        where = $"sectie '{id}'";
        if (!IdPattern().IsMatch(id))
        {
            throw new ContractException($"{where}: de id mag alleen kleine letters, cijfers, '-' en '_' bevatten.");
        }

        RejectUnknown(element, SectionFields, where);
        var humanOnly = JsonFields.RequireBool(element, "humanOnly", where);
        var cues = element.TryGetProperty("cues", out var cuesElement) ? ReadCues(cuesElement, where) : SectionCues.None;
        if (humanOnly && !cues.IsEmpty)
        {
            throw new ContractException($"{where}: een sectie die alleen een mens invult (humanOnly) heeft geen cues.");
        }

        if (!humanOnly && cues.Strong.Count + cues.Weak.Count == 0)
        {
            throw new ContractException($"{where}: een sectie die een engine mag invullen heeft minstens één cue nodig.");
        }

        return new TemplateSection(
            id,
            JsonFields.RequireString(element, "heading", where),
            JsonFields.RequireBool(element, "required", where),
            humanOnly,
            JsonFields.RequireString(element, "description", where),
            cues);
    }

    private static SectionCues ReadCues(JsonElement element, string where)
    {
        JsonFields.RequireObject(element, $"{where}: 'cues'");
        RejectUnknown(element, CueFields, $"{where}, cues");
        IReadOnlyList<string> List(string name)
        {
            if (!element.TryGetProperty(name, out _))
            {
                return [];
            }

            var list = JsonFields.RequireStringList(element, name, $"{where}, cues");
            var bad = list.FirstOrDefault(c => !CuePattern().IsMatch(c));
            return bad is null ? list : throw new ContractException($"{where}: de cue '{bad}' is ongeldig (kleine letters, spaties, '*' aan het begin of einde van een woord, of #date, #time, #weekday).");
        }

        var closing = element.TryGetProperty("closing", out _) && JsonFields.RequireBool(element, "closing", $"{where}, cues");
        return new SectionCues(List("strong"), List("weak"), List("worker"), closing);
    }

    private static void RejectUnknown(JsonElement element, HashSet<string> known, string where)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw new ContractException($"{where}: onbekend veld '{property.Name}'.");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^(#date|#time|#weekday|\*?[\p{Ll}0-9'-]+\*?|\*)( (#date|#time|#weekday|\*?[\p{Ll}0-9'-]+\*?|\*))*$")]
    private static partial Regex CuePattern();
}
