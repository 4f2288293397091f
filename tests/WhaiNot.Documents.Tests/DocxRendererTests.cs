using DocumentFormat.OpenXml.Validation;
using V = DocumentFormat.OpenXml.Vml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Tests;

public sealed class DocxRendererTests
{
    [Fact]
    public void Render_WithEveryBlockKind_ShouldPassOpenXmlValidation()
    {
        // Arrange
        var document = SampleDocuments.EveryBlockKind(draft: true);

        // Act
        var docx = DocxRenderer.Render(document);

        // Assert
        using var opened = DocxReader.Open(docx);
        var errors = new OpenXmlValidator().Validate(opened).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Render_WithEveryBlockKind_ShouldContainEveryTextInOrder()
    {
        // Arrange
        var document = SampleDocuments.EveryBlockKind();

        // Act
        var text = DocxReader.BodyText(DocxRenderer.Render(document));

        // Assert
        TextAssert.ContainsInOrder(SampleDocuments.EveryBlockKindTexts(), text);
    }

    [Fact]
    public void Render_WithBlocks_ShouldUseTheHouseStyles()
    {
        // Arrange
        var document = SampleDocuments.EveryBlockKind();

        // Act
        using var opened = DocxReader.Open(DocxRenderer.Render(document));

        // Assert
        var paragraphs = opened.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();
        string? StyleOf(string text) => paragraphs.First(p => p.InnerText == text).ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal("Title", StyleOf("Sociaal verslag – cliënt"));
        Assert.Equal("Heading1", StyleOf("Aanleiding"));
        Assert.Equal("ListBullet", StyleOf("Huur: € 640"));
        Assert.NotNull(paragraphs.First(p => p.InnerText == "Huur: € 640").ParagraphProperties?.NumberingProperties);
        Assert.Single(opened.MainDocumentPart.Document.Body!.Elements<W.Table>());
        var defaults = opened.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("22", defaults.FontSize!.Val!.Value);
        Assert.Equal("nl-BE", defaults.Languages!.Val!.Value);
    }

    [Fact]
    public void Render_WithSourceReference_ShouldPrintItSmallAndGreyAfterTheSentence()
    {
        // Arrange
        var document = new OcmwDocument { Title = "Verslag", Blocks = [new SentenceWithSources("Zin.", "[00:12–00:31]")] };

        // Act
        using var opened = DocxReader.Open(DocxRenderer.Render(document));

        // Assert
        var paragraph = opened.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Single(p => p.InnerText.StartsWith("Zin.", StringComparison.Ordinal));
        Assert.Equal("Zin. [00:12–00:31]", paragraph.InnerText);
        var labelRun = paragraph.Elements<W.Run>().Last();
        Assert.Equal("SubtleReference", labelRun.RunProperties?.RunStyle?.Val?.Value);
    }

    [Fact]
    public void Render_WhenDraft_ShouldMarkEveryPageWithOntwerp()
    {
        // Arrange
        var document = SampleDocuments.Long(300, draft: true);

        // Act
        using var opened = DocxReader.Open(DocxRenderer.Render(document));

        // Assert: one section, one default header on all pages, no separate first-page header, and the mark in it.
        var main = opened.MainDocumentPart!;
        var sections = main.Document!.Body!.Descendants<W.SectionProperties>().ToList();
        var section = Assert.Single(sections);
        Assert.Null(section.GetFirstChild<W.TitlePage>());
        var reference = Assert.Single(section.Elements<W.HeaderReference>());
        Assert.Equal(W.HeaderFooterValues.Default, reference.Type!.Value);
        var header = ((DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(reference.Id!.Value!)).Header!;
        Assert.Contains("ONTWERP", header.InnerText, StringComparison.Ordinal);
        Assert.Contains(header.Descendants<V.TextPath>(), path => path.String?.Value == "ONTWERP");
    }

    [Fact]
    public void Render_WhenNotDraft_ShouldNotSayOntwerp()
    {
        // Arrange
        var document = SampleDocuments.ConsentRevokedLetter();

        // Act
        using var opened = DocxReader.Open(DocxRenderer.Render(document));

        // Assert
        var header = opened.MainDocumentPart!.HeaderParts.Single().Header!;
        Assert.DoesNotContain("ONTWERP", header.InnerText, StringComparison.Ordinal);
        Assert.Empty(header.Descendants<V.Shape>());
    }

    [Fact]
    public void Render_Always_ShouldBeA4WithHouseMarginsTitleHeaderAndPageNumbers()
    {
        // Arrange
        var document = SampleDocuments.EveryBlockKind();

        // Act
        using var opened = DocxReader.Open(DocxRenderer.Render(document));

        // Assert
        var main = opened.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<W.SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<W.PageSize>()!.Width!.Value);
        Assert.Equal(16838u, section.GetFirstChild<W.PageSize>()!.Height!.Value);
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal(1417, margin.Top!.Value);
        Assert.Equal(1417u, margin.Left!.Value);
        Assert.Contains("Sociaal verslag – cliënt", main.HeaderParts.Single().Header!.InnerText, StringComparison.Ordinal);
        var footer = main.FooterParts.Single().Footer!;
        Assert.StartsWith("OCMW Voorbeeldstad – vertrouwelijk", footer.InnerText, StringComparison.Ordinal);
        Assert.Contains("Pagina ", footer.InnerText, StringComparison.Ordinal);
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<W.SimpleField>().Select(f => f.Instruction!.Value));
    }

    [Fact]
    public void Render_WithNoBlocks_ShouldStillRenderTheTitle()
    {
        // Arrange
        var document = new OcmwDocument { Title = "Alleen een titel" };

        // Act
        var docx = DocxRenderer.Render(document);

        // Assert
        Assert.Equal("Alleen een titel", DocxReader.BodyText(docx).Trim());
        using var opened = DocxReader.Open(docx);
        Assert.Empty(new OpenXmlValidator().Validate(opened));
    }

    [Fact]
    public void Render_Always_ShouldSetTitleButNoAuthorOrDates()
    {
        // Arrange
        var document = SampleDocuments.ConsentRevokedLetter();

        // Act
        using var opened = DocxReader.Open(DocxRenderer.Render(document));

        // Assert
        Assert.Equal("U wilt geen opnames meer – bevestiging", opened.PackageProperties.Title);
        Assert.Null(opened.PackageProperties.Creator);
        Assert.Null(opened.PackageProperties.Created);
    }
}
