using WhaiNot.Domain.Drafts;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Drafting.Evaluation;

/// <summary>Reads the sample-only files: gold labels and the trap marks of a trap draft.</summary>
internal static class SampleFiles
{
    public static IReadOnlyList<GoldLabel> ReadGold(string json, string source)
    {
        using var document = JsonFields.Parse(json, source);
        var root = document.RootElement;
        JsonFields.RequireObject(root, source);
        JsonFields.RequireString(root, "transcriptId", source);
        var labels = new List<GoldLabel>();
        foreach (var element in JsonFields.RequireArray(root, "labels", source))
        {
            var where = $"{source}, label {labels.Count + 1}";
            JsonFields.RequireObject(element, where);
            labels.Add(new GoldLabel(JsonFields.RequireString(element, "segment", where), JsonFields.RequireStringList(element, "sections", where)));
        }

        return labels;
    }

    /// <summary>The optional <c>template</c> of a gold file (evaluation-set cases without a trap draft carry it there).</summary>
    public static TemplateReference? ReadTemplate(string json, string source)
    {
        using var document = JsonFields.Parse(json, source);
        if (!document.RootElement.TryGetProperty("template", out var template))
        {
            return null;
        }

        JsonFields.RequireObject(template, $"{source}, template");
        return new TemplateReference(JsonFields.RequireString(template, "id", $"{source}, template"), JsonFields.RequireString(template, "version", $"{source}, template"));
    }

    public static IReadOnlyList<TrapMark> ReadTraps(string json, string source)
    {
        using var document = JsonFields.Parse(json, source);
        var marks = new List<TrapMark>();
        foreach (var section in JsonFields.RequireArray(document.RootElement, "sections", source))
        {
            var id = JsonFields.RequireString(section, "id", source);
            var index = 0;
            foreach (var sentence in JsonFields.RequireArray(section, "sentences", source))
            {
                var where = $"{source}, sectie '{id}', zin {index + 1}";
                var isTrap = sentence.TryGetProperty("trap", out _) && JsonFields.RequireBool(sentence, "trap", where);
                marks.Add(new TrapMark(id, index, isTrap, isTrap ? JsonFields.RequireString(sentence, "trapKind", where) : null));
                index++;
            }
        }

        return marks;
    }
}
