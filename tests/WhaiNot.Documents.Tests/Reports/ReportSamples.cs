using WhaiNot.Documents.Reports;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Templates;
using WhaiNot.Drafting.Templates;

namespace WhaiNot.Documents.Tests.Reports;

/// <summary>Synthetic reports: one sentence in every section an engine fills, with known recording times.</summary>
internal static class ReportSamples
{
    public const string Worker = "An Peeters";
    public const string FirstLabel = "bron: 03:12–03:25, 04:01–04:09";

    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    // 13:05 UTC is 14:05 in Brussels in December.
    public static readonly DateTimeOffset ValidatedAt = new(2026, 12, 3, 13, 5, 0, TimeSpan.Zero);

    public static TemplateLibrary Library { get; } = TemplateLibrary.Shipped();

    public static DraftTemplate Template(string id) => Library.Find(id);

    /// <summary>s1 and s2 sit near the start; s10, s11, … lie ten minutes apart, so later ones are past the hour.</summary>
    public static SourceTime? Times(string id) => id switch
    {
        "s1" => new SourceTime(192.3, 204.6),
        "s2" => new SourceTime(241.0, 248.2),
        _ when id.StartsWith('s') && int.TryParse(id.AsSpan(1), out var n) && n >= 10 => new SourceTime(((n - 10) * 600) + 5, ((n - 10) * 600) + 12.5),
        _ => null,
    };

    public static SourceTime? Destroyed(string id) => null;

    public static string SentenceFor(TemplateSection section) => $"Over {section.Heading.ToLowerInvariant()} vertelt de cliënt dit.";

    public static Draft Draft(DraftTemplate template, Func<TemplateSection, int, IReadOnlyList<DraftSentence>>? sentences = null)
    {
        sentences ??= Default;
        return new Draft(
            new TemplateReference(template.Id, template.Version),
            "conv-2026-0001",
            new EngineInfo("extractive", null, null),
            [.. template.Sections.Select((s, i) => new DraftSection(s.Id, s.Heading, s.HumanOnly, s.HumanOnly ? [] : sentences(s, i)))]);
    }

    public static IReadOnlyList<DraftSentence> Default(TemplateSection section, int index) =>
        [new DraftSentence(SentenceFor(section), index == 0 ? ["s2", "s1"] : [$"s{index + 10}"], SentenceStatus.Supported)];

    public static ReportVersion Version(DraftTemplate template, bool validated) => new(
        Guid.NewGuid(),
        2,
        Guid.NewGuid(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        validated ? ReportStatus.Validated : ReportStatus.Draft,
        template.Id,
        template.Version,
        new ReportEngine("extractive", null, null),
        new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        "apeeters",
        10,
        1,
        ValidatedAt: validated ? ValidatedAt : null,
        ValidatedBy: validated ? "apeeters" : null);

    public static ReportHeader Header() => new(
        "OCMW Voorbeeldstad",
        "SD-2026-0101",
        "Mevrouw Verhaegen",
        Worker,
        new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero),
        Brussels);

    public static OcmwDocument Build(DraftTemplate template, bool validated, Draft? content = null, Func<string, SourceTime?>? sources = null)
    {
        var version = Version(template, validated);
        return ReportDocumentBuilder.Build(
            content ?? Draft(template),
            template,
            sources ?? Times,
            version,
            AiStatement.For(version, Worker, Brussels),
            Header());
    }

    /// <summary>The label of the sentence that follows the paragraph with this text.</summary>
    public static string LabelOf(OcmwDocument document, string sentence) =>
        document.Blocks.OfType<SentenceWithSources>().Single(s => s.Text == sentence).SourceLabel;
}
