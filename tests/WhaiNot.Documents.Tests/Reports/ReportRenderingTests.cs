using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Templates;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Tests.Reports;

/// <summary>
/// Every shipped template, built into a document and rendered by both renderers, read back as text.
/// One validated intake report is also written to the temp folder (report-sample.docx, report-sample.pdf)
/// so a person can look at the result.
/// </summary>
public sealed class ReportRenderingTests
{
    public static TheoryData<string> TemplateIds => [.. ReportSamples.Library.All.Select(t => t.Id).Distinct()];

    [Fact]
    public void Shipped_ShouldHaveEightTemplates()
    {
        Assert.Equal(8, TemplateIds.Count);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void RenderDocx_WithEachTemplate_ShouldShowHeadingsTimesAndAiStatement(string templateId)
    {
        // Arrange
        var template = ReportSamples.Template(templateId);
        var document = ReportSamples.Build(template, validated: false);

        // Act
        var text = DocxReader.BodyText(DocxRenderer.Render(document));

        // Assert
        TextAssert.ContainsInOrder(ExpectedTexts(template), text);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void RenderPdf_WithEachTemplate_ShouldShowHeadingsTimesAndAiStatement(string templateId)
    {
        // Arrange
        var template = ReportSamples.Template(templateId);
        var document = ReportSamples.Build(template, validated: false);

        // Act
        var text = string.Join(' ', PdfReader.PageWords(PdfRenderer.Render(document)));

        // Assert
        TextAssert.ContainsInOrder(ExpectedTexts(template), text);
    }

    [Fact]
    public void RenderPdf_WhenDraft_ShouldMarkEveryPageOntwerp()
    {
        // Arrange
        var document = ReportSamples.Build(ReportSamples.Template("sociaal-verslag"), validated: false);

        // Act
        var pages = PdfReader.PageWords(PdfRenderer.Render(document));

        // Assert
        Assert.All(pages, page => Assert.Contains("ONTWERP", page, StringComparison.Ordinal));
        Assert.Contains("Status: Ontwerp — niet gevalideerd", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDocx_WhenDraft_ShouldMarkTheHeaderOntwerp()
    {
        // Arrange
        var document = ReportSamples.Build(ReportSamples.Template("sociaal-verslag"), validated: false);

        // Act
        using var opened = DocxReader.Open(DocxRenderer.Render(document));

        // Assert
        var header = opened.MainDocumentPart!.HeaderParts.Single().Header!;
        Assert.Contains("ONTWERP", header.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenValidated_ShouldShowWhoValidatedAndNoOntwerp()
    {
        // Arrange
        var document = ReportSamples.Build(ReportSamples.Template("intakeverslag"), validated: true);

        // Act
        var docx = DocxRenderer.Render(document);
        var pdf = PdfRenderer.Render(document);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "report-sample.docx"), docx);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "report-sample.pdf"), pdf);

        // Assert
        string[] expected = ["Status: Gevalideerd op 3 december 2026 om 14:05 door An Peeters", "Nagekeken en gevalideerd door An Peeters", "An Peeters", "maatschappelijk werker"];
        var pages = PdfReader.PageWords(pdf);
        Assert.All(pages, page => Assert.DoesNotContain("ONTWERP", page, StringComparison.Ordinal));
        TextAssert.ContainsInOrder(expected, string.Join(' ', pages));
        using var opened = DocxReader.Open(docx);
        Assert.DoesNotContain("ONTWERP", opened.MainDocumentPart!.HeaderParts.Single().Header!.InnerText, StringComparison.Ordinal);
        Assert.Empty(opened.MainDocumentPart.HeaderParts.Single().Header!.Descendants<DocumentFormat.OpenXml.Vml.Shape>());
        TextAssert.ContainsInOrder(expected, DocxReader.BodyText(docx));
    }

    [Fact]
    public void Render_WhenSourcesWereRemovedAfterRevocation_ShouldSaySoInBothFormats()
    {
        // Arrange
        var document = ReportSamples.Build(ReportSamples.Template("intakeverslag"), validated: true, sources: ReportSamples.Destroyed);

        // Act
        var docx = DocxReader.BodyText(DocxRenderer.Render(document));
        var pdf = string.Join(' ', PdfReader.PageWords(PdfRenderer.Render(document)));

        // Assert
        Assert.Contains("bron verwijderd na intrekking toestemming", docx, StringComparison.Ordinal);
        Assert.Contains("bron verwijderd na intrekking toestemming", TextAssert.Normalize(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("bron: ", docx, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDocx_WithEmptyAndManualSections_ShouldPrintWhatTheModelSays()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var content = ReportSamples.Draft(template, (s, i) => []);
        var document = ReportSamples.Build(template, validated: false, content);

        // Act
        var paragraphs = DocxReader.Open(DocxRenderer.Render(document)).MainDocumentPart!.Document!.Body!
            .Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();

        // Assert
        Assert.Equal(template.Sections.Count(s => !s.HumanOnly), paragraphs.Count(p => p == "Niet besproken."));
        Assert.Contains("In te vullen door de maatschappelijk werker.", paragraphs);
    }

    // Every heading and sentence with its time reference, in order, then the AI statement's heading and first words.
    private static IEnumerable<string> ExpectedTexts(DraftTemplate template)
    {
        yield return template.Title;
        yield return "Status: Ontwerp — niet gevalideerd";
        foreach (var (section, index) in template.Sections.Select((s, i) => (s, i)))
        {
            yield return section.Heading;
            if (section.HumanOnly)
            {
                yield return "In te vullen door de maatschappelijk werker.";
                continue;
            }

            yield return ReportSamples.SentenceFor(section);
            yield return index == 0 ? ReportSamples.FirstLabel : "bron: ";
        }

        yield return AiStatement.Heading;
        yield return "Bij dit verslag werd AI gebruikt";
    }
}
