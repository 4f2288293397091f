using SkiaSharp;
using WhaiNot.Documents.Pdf;

namespace WhaiNot.Documents;

/// <summary>
/// Renders an <see cref="OcmwDocument"/> as an A4 PDF in the house style, with the font embedded,
/// "Pagina X van Y" in every footer and the title in every header.
/// </summary>
/// <remarks>
/// Uses Skia's PDF backend (SkiaSharp, MIT). The font is read from file: DejaVu Sans on Debian
/// (package fonts-dejavu-core), else Liberation Sans, else Arial on Windows. Thread-safe.
/// </remarks>
public static class PdfRenderer
{
    /// <summary>Renders the document.</summary>
    /// <param name="document">What to print.</param>
    /// <returns>The PDF file's bytes.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="document"/> is null.</exception>
    /// <exception cref="InvalidOperationException">When no usable font is installed.</exception>
    public static byte[] Render(OcmwDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        using var typefaces = PdfFonts.Installed.For(DocumentCharacters.Of(document));
        using var fonts = new FontBook(typefaces);
        var groups = PdfLayout.Build(document, fonts, PdfPainter.ContentWidth);
        var logo = DocumentLogo.Of(document);
        var firstTop = logo is null ? (float?)null : PdfPainter.ContentTop + logo.HeightPt + DocumentLogo.GapPt;
        var pages = Paginator.Paginate(groups, PdfPainter.ContentTop, PdfPainter.ContentBottom, firstTop);
        using var logoImage = logo is null ? null : SKImage.FromEncodedData(logo.Bytes);
        var painter = new PdfPainter(document, fonts, logoImage is null ? null : (logoImage, logo!.WidthPt, logo.HeightPt));

        // No creation date: the same document gives the same file.
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = document.Title;
        metadata.Creator = "WhaiNot Appliance";

        using var output = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(output, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(PdfPainter.PageWidth, PdfPainter.PageHeight);
                painter.Paint(canvas, pages[i], i + 1, pages.Count);
                pdf.EndPage();
            }

            pdf.Close();
        }

        return output.ToArray();
    }
}
