
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Templates;

namespace WhaiNot.Documents.Reports;

/// <summary>One template section of a report as document blocks: its heading, then its sentences or a line saying why there are none.</summary>
internal static class ReportSectionBlocks
{
    public const string NotDiscussed = "Niet besproken.";
    public const string ForTheWorker = "In te vullen door de maatschappelijk werker.";
    public const string NotApplicable = "Niet van toepassing.";

    public static IEnumerable<DocumentBlock> For(TemplateSection section, DraftSection? content, bool validated, Func<string, SourceTime?> sources)
    {
        yield return new Heading(section.Heading);
        var sentences = content?.Sentences ?? [];
        if (content is { NotApplicable: true })
        {
            // The worker's own decision, printed as such (not as "not discussed").
            yield return new Paragraph(NotApplicable);
            yield break;
        }

        if (sentences.Count == 0)
        {
            // An engine never writes a humanOnly section; in a draft the worker still has to, afterwards it simply stayed empty.
            yield return new Paragraph(section.HumanOnly && !validated ? ForTheWorker : NotDiscussed);
            yield break;
        }

        foreach (var sentence in sentences)
        {
            yield return new SentenceWithSources(sentence.Text, SourceLabels.For(sentence, sources));
        }
    }
}
