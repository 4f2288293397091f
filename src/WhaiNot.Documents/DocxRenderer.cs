using DocumentFormat.OpenXml.Packaging;
using WhaiNot.Documents.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents;

/// <summary>
/// Renders an <see cref="OcmwDocument"/> as an A4 Word document (DOCX) in the house style,
/// so a worker can still adjust a letter before it is sent.
/// </summary>
/// <remarks>Uses the Open XML SDK (DocumentFormat.OpenXml, MIT). Thread-safe.</remarks>
public static class DocxRenderer
{
    /// <summary>Renders the document.</summary>
    /// <param name="document">What to print.</param>
    /// <returns>The DOCX file's bytes.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="document"/> is null.</exception>
    public static byte[] Render(OcmwDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        using var output = new MemoryStream();
        using (var package = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            // Title and language only: no author or dates, so nothing leaks and nothing varies.
            package.PackageProperties.Title = document.Title;
            package.PackageProperties.Language = HouseStyle.DocumentLanguage;

            var main = package.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            DocxNumbering.AddTo(main);
            var headerId = DocxHeaderFooter.AddHeader(main, document);
            var footerId = DocxHeaderFooter.AddFooter(main, document);
            var logo = DocxLogo.Add(main, document);
            main.Document = new W.Document(DocxBody.Build(document, headerId, footerId, logo));
        }

        return output.ToArray();
    }
}
