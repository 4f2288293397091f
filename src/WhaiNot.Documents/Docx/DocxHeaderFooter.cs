using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Docx;

/// <summary>The header (title, draft mark) and footer (footer text, "Pagina X van Y") of every page.</summary>
internal static class DocxHeaderFooter
{
    public static string AddHeader(MainDocumentPart main, OcmwDocument document)
    {
        var part = main.AddNewPart<HeaderPart>();
        var line = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyles.Header }));
        line.Append(DocxText.Runs(document.Title.ReplaceLineEndings(" ")));
        var header = new W.Header(line);
        if (document.Draft)
        {
            line.Append(new W.Run(new W.TabChar()), new W.Run(DocxText.Bold(), new W.Text(HouseStyle.DraftMark)));
            header.Append(DocxDraftMark.Paragraph());
        }

        part.Header = header;
        return main.GetIdOfPart(part);
    }

    public static string AddFooter(MainDocumentPart main, OcmwDocument document)
    {
        var part = main.AddNewPart<FooterPart>();
        var line = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyles.Footer }));
        if (!string.IsNullOrWhiteSpace(document.Footer))
        {
            line.Append(DocxText.Runs(document.Footer));
        }

        // Fields, so Word counts the pages itself; "1" is only what shows before it does.
        line.Append(
            new W.Run(new W.TabChar(), Text($"{HouseStyle.PageLabel} ")),
            new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " },
            new W.Run(Text($" {HouseStyle.PageOfLabel} ")),
            new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " NUMPAGES " });
        part.Footer = new W.Footer(line);
        return main.GetIdOfPart(part);
    }

    private static W.Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };
}
