using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Tests;

/// <summary>Opens a rendered DOCX with the Open XML SDK and reads its text back.</summary>
internal static class DocxReader
{
    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    /// <summary>The text of every body paragraph (tables included), in document order, one per line.</summary>
    public static string BodyText(byte[] docx)
    {
        using var document = Open(docx);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<W.Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                if (element is W.Text t)
                {
                    text.Append(t.Text);
                }
                else if (element is W.Break)
                {
                    text.Append('\n');
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
