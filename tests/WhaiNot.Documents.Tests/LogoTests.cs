using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Tests;

/// <summary>The OCMW's logo on the first page of both formats, fitted in the letterhead box; a broken one is left out, not fatal.</summary>
public sealed class LogoTests
{
    [Fact]
    public void Pdf_WithALogo_ShouldShowItOnceWithNoTextOverIt()
    {
        var document = SampleDocuments.Long(60) with { Logo = Png(400, 100) };

        using var pdf = PdfDocument.Open(PdfRenderer.Render(document));

        var first = pdf.GetPage(1);
        var image = Assert.Single(first.GetImages());
        Assert.True(image.BoundingBox.Width <= DocumentLogoMaxWidth + 0.5, $"logo {image.BoundingBox.Width} pt wide");
        var logo = image.BoundingBox;
        Assert.DoesNotContain(first.GetWords(), w => w.BoundingBox.Left < logo.Right && w.BoundingBox.Right > logo.Left && w.BoundingBox.Bottom < logo.Top && w.BoundingBox.Top > logo.Bottom);
        Assert.Contains(first.GetWords(), w => w.BoundingBox.Top < logo.Bottom);
        Assert.All(pdf.GetPages().Skip(1), page => Assert.Empty(page.GetImages()));
    }

    [Fact]
    public void Docx_WithALogo_ShouldStartWithItAndStoreItOnce()
    {
        var document = SampleDocuments.ConsentRevokedLetter() with { Logo = Png(100, 100) };

        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false);

        var main = docx.MainDocumentPart!;
        Assert.Single(main.ImageParts);
        var first = main.Document.Body!.Elements<W.Paragraph>().First();
        Assert.NotEmpty(first.Descendants<W.Drawing>());
    }

    [Fact]
    public void Render_WithUnreadableLogoBytes_ShouldLeaveTheLogoOut()
    {
        var document = SampleDocuments.ConsentRevokedLetter() with { Logo = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3] };

        using var pdf = PdfDocument.Open(PdfRenderer.Render(document));
        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false);

        Assert.Empty(pdf.GetPage(1).GetImages());
        Assert.Empty(docx.MainDocumentPart!.ImageParts);
    }

    private const double DocumentLogoMaxWidth = 160;

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x0b, 0x53, 0x94));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
