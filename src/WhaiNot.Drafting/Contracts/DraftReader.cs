using WhaiNot.Domain.Drafts;

namespace WhaiNot.Drafting.Contracts;

/// <summary>
/// Reads a draft strictly by the contract. Extra fields (a test draft's "trap" marks, say) are
/// ignored; a missing or mistyped field is refused with a Dutch message that says where.
/// </summary>
public static class DraftReader
{
    public static Draft Read(string json, string source = "Het concept")
    {
        using var document = JsonFields.Parse(json, source);
        var root = document.RootElement;
        JsonFields.RequireObject(root, source);
        var templateElement = JsonFields.Require(root, "template", source);
        JsonFields.RequireObject(templateElement, $"{source}: 'template'");
        var template = new TemplateReference(
            JsonFields.RequireString(templateElement, "id", $"{source}, template"),
            VersionText(JsonFields.Require(templateElement, "version", $"{source}, template"), source));
        var transcriptId = JsonFields.RequireString(root, "transcriptId", source);
        var engineElement = JsonFields.Require(root, "engine", source);
        JsonFields.RequireObject(engineElement, $"{source}: 'engine'");
        var engine = new EngineInfo(
            JsonFields.RequireString(engineElement, "name", $"{source}, engine"),
            JsonFields.OptionalString(engineElement, "model", $"{source}, engine"),
            JsonFields.OptionalString(engineElement, "modelSha256", $"{source}, engine"));

        var sections = new List<DraftSection>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sectionElement in JsonFields.RequireArray(root, "sections", source))
        {
            var where = $"{source}, sectie {sections.Count + 1}";
            JsonFields.RequireObject(sectionElement, where);
            var id = JsonFields.RequireString(sectionElement, "id", where);
            where = $"{source}, sectie '{id}'";
            if (!ids.Add(id))
            {
                throw new ContractException($"{source}: de sectie '{id}' komt meer dan eens voor.");
            }

            var sentences = new List<DraftSentence>();
            foreach (var sentenceElement in JsonFields.RequireArray(sectionElement, "sentences", where))
            {
                var sentenceWhere = $"{where}, zin {sentences.Count + 1}";
                JsonFields.RequireObject(sentenceElement, sentenceWhere);
                sentences.Add(new DraftSentence(
                    JsonFields.RequireString(sentenceElement, "text", sentenceWhere),
                    JsonFields.RequireStringList(sentenceElement, "sources", sentenceWhere),
                    Status(JsonFields.OptionalString(sentenceElement, "status", sentenceWhere), sentenceWhere),
                    sentenceElement.TryGetProperty("reasons", out _) ? JsonFields.RequireStringList(sentenceElement, "reasons", sentenceWhere) : null));
            }

            sections.Add(new DraftSection(
                id,
                JsonFields.RequireString(sectionElement, "heading", where),
                JsonFields.RequireBool(sectionElement, "humanOnly", where),
                sentences,
                JsonFields.OptionalBool(sectionElement, "notApplicable", where)));
        }

        return new Draft(template, transcriptId, engine, sections);
    }

    public static Draft ReadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContractException($"Het concept '{path}' kan niet gelezen worden: {ex.Message}", ex);
        }

        return Read(json, $"Concept '{Path.GetFileName(path)}'");
    }

    // The contract writes the version as text ("1"); a bare number is read the same way.
    private static string VersionText(System.Text.Json.JsonElement element, string source) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String when !string.IsNullOrWhiteSpace(element.GetString()) => element.GetString()!,
        System.Text.Json.JsonValueKind.Number => element.GetRawText(),
        _ => throw new ContractException($"{source}, template: 'version' moet tekst zijn, zoals \"1\"."),
    };

    private static SentenceStatus? Status(string? value, string where) => value switch
    {
        null => null,
        "supported" => SentenceStatus.Supported,
        "unsupported" => SentenceStatus.Unsupported,
        "manual" => SentenceStatus.Manual,
        _ => throw new ContractException($"{where}: onbekende status '{value}' (toegelaten: supported, unsupported, manual)."),
    };
}
