using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Documents.Reports;

/// <summary>
/// Turns one version of a conversation's report into an <see cref="OcmwDocument"/> for the DOCX and PDF
/// renderers: the template's title, the heading facts, every template section in template order with the
/// recording times each sentence rests on, the AI statement and, once validated, the worker's signature.
/// A version that is not validated is marked "ONTWERP" and shows its unsupported sentences as such.
/// </summary>
public static class ReportDocumentBuilder
{
    private const string WorkerRole = "maatschappelijk werker";

    /// <summary>Builds the document of one report version.</summary>
    /// <param name="content">The report's content (the draft contract, with the worker's edits).</param>
    /// <param name="template">The template the content follows (same id and version).</param>
    /// <param name="sources">
    /// The recording times of a transcript segment by its id, or null when the transcript is gone
    /// (destroyed after a revocation of consent); the sentence then says its source was removed.
    /// </param>
    /// <param name="version">The report version: draft or validated, by whom and when.</param>
    /// <param name="aiStatement">The lines of <see cref="AiStatement.For"/> for this version, printed at the end.</param>
    /// <param name="header">The facts for the heading that the content does not hold.</param>
    /// <exception cref="ArgumentException">
    /// When content, template and version name different templates, the content has a section the template lacks
    /// (or one twice), a header text is empty, or a validated version still holds an unsupported sentence.
    /// </exception>
    public static OcmwDocument Build(
        Draft content,
        DraftTemplate template,
        Func<string, SourceTime?> sources,
        ReportVersion version,
        IReadOnlyList<string> aiStatement,
        ReportHeader header)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(aiStatement);
        CheckHeader(header);
        CheckSameTemplate(content, template, version);
        var sections = SectionsById(content, template);
        if (version.IsValidated)
        {
            CheckNoUnsupported(content);
        }

        var validatorName = header.ValidatorName ?? header.WorkerName;
        var blocks = new List<DocumentBlock>();
        foreach (var section in template.Sections)
        {
            blocks.AddRange(ReportSectionBlocks.For(section, sections.GetValueOrDefault(section.Id), version.IsValidated, sources));
        }

        blocks.Add(new Heading(AiStatement.Heading));
        blocks.AddRange(aiStatement.Select(line => new Paragraph(line)));
        if (version.IsValidated)
        {
            blocks.Add(new Signature(validatorName, WorkerRole));
        }

        return new OcmwDocument
        {
            Title = template.Title,
            Subtitle = ReportMetadata.Subtitle(header),
            Metadata = ReportMetadata.Lines(header, template, version, validatorName),
            Blocks = blocks,
            Footer = ReportMetadata.Footer(header),
            Draft = !version.IsValidated,
            Logo = header.OcmwLogo,
        };
    }

    private static void CheckHeader(ReportHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(header.Zone, nameof(header));
        string?[] texts = [header.OcmwName, header.DossierReference, header.ClientName, header.WorkerName];
        if (texts.Any(string.IsNullOrWhiteSpace) || header.ValidatorName is { } name && string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("De gegevens voor de hoofding van het verslag zijn onvolledig.", nameof(header));
        }
    }

    private static void CheckSameTemplate(Draft content, DraftTemplate template, ReportVersion version)
    {
        // The document prints the template's headings over the content: they must belong together.
        if (content.Template.Id != template.Id || content.Template.Version != template.Version
            || version.TemplateId != template.Id || version.TemplateVersion != template.Version)
        {
            throw new ArgumentException(
                $"Het verslag volgt sjabloon '{content.Template.Id}' versie {content.Template.Version} (versie van het verslag: '{version.TemplateId}' versie {version.TemplateVersion}), niet '{template.Id}' versie {template.Version}.",
                nameof(template));
        }
    }

    private static Dictionary<string, DraftSection> SectionsById(Draft content, DraftTemplate template)
    {
        var sections = new Dictionary<string, DraftSection>(StringComparer.Ordinal);
        foreach (var section in content.Sections)
        {
            // Content under a section the template does not print would silently vanish from an official document.
            if (template.Section(section.Id) is null || !sections.TryAdd(section.Id, section))
            {
                throw new ArgumentException($"Het verslag heeft een onderdeel '{section.Id}' dat niet (of meer dan eens) in het sjabloon past.", nameof(content));
            }
        }

        return sections;
    }

    private static void CheckNoUnsupported(Draft content)
    {
        // Validation requires every unsupported sentence fixed or removed; one left means the version is not what it claims.
        if (ReportLifecycle.Unsupported(content).Count > 0)
        {
            throw new ArgumentException(ReportTexts.ValidatedHoldsUnsupported, nameof(content));
        }
    }
}
