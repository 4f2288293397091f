using System.Text;
using UglyToad.PdfPig;

namespace WhaiNot.Documents.Tests;

public sealed class PdfRendererTests
{
    private const double A4Width = 595.28;
    private const double A4Height = 841.89;
    private const double Margin = 2.5 / 2.54 * 72;

    [Fact]
    public void Render_WithEveryBlockKind_ShouldProduceAPdfFile()
    {
        // Arrange
        var document = SampleDocuments.EveryBlockKind();

        // Act
        var pdf = PdfRenderer.Render(document);

        // Assert
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.EndsWith("%%EOF", Encoding.ASCII.GetString(pdf).TrimEnd(), StringComparison.Ordinal);
        using var opened = PdfDocument.Open(pdf);
        Assert.Equal(1, opened.NumberOfPages);
        Assert.Equal("Sociaal verslag – cliënt", opened.Information.Title);
    }

    [Fact]
    public void Render_WithEveryBlockKind_ShouldContainEveryTextInOrder()
    {
        // Arrange
        var document = SampleDocuments.EveryBlockKind();

        // Act
        var words = PdfReader.PageWords(PdfRenderer.Render(document));

        // Assert
        TextAssert.ContainsInOrder(SampleDocuments.EveryBlockKindTexts(), string.Join(' ', words));
    }

    [Fact]
    public void Render_WithDutchCharacters_ShouldPrintThemExactly()
    {
        // Arrange
        var document = new OcmwDocument
        {
            Title = "Cliënt – één",
            Blocks = [new Paragraph("Cliënt naïef café Ideeën € 125,50 coöperatie"), new SentenceWithSources("Zo gezegd.", "[00:12–00:31]")],
        };

        // Act
        var text = string.Join(' ', PdfReader.PageWords(PdfRenderer.Render(document)));

        // Assert
        Assert.Contains("Cliënt naïef café Ideeën € 125,50 coöperatie", text, StringComparison.Ordinal);
        Assert.Contains("[00:12–00:31]", text, StringComparison.Ordinal);
        Assert.DoesNotContain('?', text);
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Fact]
    public void Render_Always_ShouldEmbedTheFont()
    {
        // Arrange
        var document = SampleDocuments.ConsentRevokedLetter();

        // Act
        var pdf = PdfRenderer.Render(document);

        // Assert: an embedded TrueType program, so the letter prints the same on any machine.
        Assert.Contains("/FontFile2", Encoding.ASCII.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenDraft_ShouldMarkEveryPageWithOntwerp()
    {
        // Arrange
        var document = SampleDocuments.Long(300, draft: true);

        // Act
        var pages = PdfReader.PageGlyphs(PdfRenderer.Render(document));

        // Assert
        Assert.True(pages.Length > 1);
        Assert.All(pages, page => Assert.Contains("ONTWERP", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WhenNotDraft_ShouldNotSayOntwerp()
    {
        // Arrange
        var document = SampleDocuments.Long(300);

        // Act
        var pages = PdfReader.PageGlyphs(PdfRenderer.Render(document));

        // Assert
        Assert.All(pages, page => Assert.DoesNotContain("ONTWERP", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WithLongDocument_ShouldPaginateWithPageNumbersAndTitleOnEveryPage()
    {
        // Arrange
        var document = SampleDocuments.Long(300);

        // Act
        var pages = PdfReader.PageWords(PdfRenderer.Render(document));

        // Assert
        Assert.True(pages.Length > 1, $"Expected several pages, got {pages.Length}.");
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Contains($"Pagina {i + 1} van {pages.Length}", pages[i], StringComparison.Ordinal);
            Assert.Contains("Lang verslag", pages[i], StringComparison.Ordinal);
        }

        var all = string.Join(' ', pages);
        TextAssert.ContainsInOrder(Enumerable.Range(1, 300).Select(i => $"Alinea {i}:"), all);
    }

    [Fact]
    public void Render_Always_ShouldBeA4AndKeepTextWithinTheSideMargins()
    {
        // Arrange
        var document = SampleDocuments.Long(80) with { Footer = "OCMW Voorbeeldstad", Blocks = [.. SampleDocuments.EveryBlockKind().Blocks, .. SampleDocuments.Long(80).Blocks] };

        // Act
        using var opened = PdfDocument.Open(PdfRenderer.Render(document));

        // Assert
        foreach (var page in opened.GetPages())
        {
            Assert.Equal(A4Width, page.Width, 0.5);
            Assert.Equal(A4Height, page.Height, 0.5);
            Assert.All(page.Letters, letter =>
            {
                Assert.InRange(letter.BoundingBox.Left, Margin - 1, A4Width - Margin + 1);
                Assert.InRange(letter.BoundingBox.Right, Margin - 1, A4Width - Margin + 1);
            });
        }
    }

    [Fact]
    public void Render_WithVeryLongWord_ShouldBreakItInsideTheMargins()
    {
        // Arrange
        var word = string.Concat(Enumerable.Repeat("gegevensbescherming", 12));
        var document = new OcmwDocument { Title = "Lang woord", Blocks = [new Paragraph(word)] };

        // Act
        using var opened = PdfDocument.Open(PdfRenderer.Render(document));

        // Assert
        var page = opened.GetPage(1);
        Assert.All(page.Letters, letter => Assert.True(letter.BoundingBox.Right <= A4Width - Margin + 1));
        Assert.Contains(word, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithNoBlocks_ShouldRenderOnePageWithTheTitle()
    {
        // Arrange
        var document = new OcmwDocument { Title = "Alleen een titel" };

        // Act
        var pages = PdfReader.PageWords(PdfRenderer.Render(document));

        // Assert
        var page = Assert.Single(pages);
        Assert.Contains("Alleen een titel", page, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 1", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwiceWithTheSameDocument_ShouldGiveTheSameBytes()
    {
        // Arrange
        var document = SampleDocuments.EveryBlockKind(draft: true);

        // Act
        var first = PdfRenderer.Render(document);
        var second = PdfRenderer.Render(document);

        // Assert
        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_Always_ShouldEmbedOnlyTheCharactersUsed()
    {
        // Arrange
        var document = SampleDocuments.ConsentRevokedLetter();

        // Act
        var pdf = PdfRenderer.Render(document);

        // Assert: the whole of DejaVu Sans would add some 700 KB to a one-page letter.
        Assert.InRange(pdf.Length, 1, 100_000);
    }

    [Fact]
    public async Task Render_FromManyThreadsAtOnce_ShouldGiveWhatOneThreadGives()
    {
        // Arrange
        var documents = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? SampleDocuments.ConsentRevokedLetter() : SampleDocuments.EveryBlockKind(draft: true)).ToList();
        var expected = documents.Select(PdfRenderer.Render).ToList();

        // Act
        var actual = await Task.WhenAll(documents.Select(d => Task.Run(() => PdfRenderer.Render(d))));

        // Assert
        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }
}
