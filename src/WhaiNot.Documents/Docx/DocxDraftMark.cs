using DocumentFormat.OpenXml;
using O = DocumentFormat.OpenXml.Vml.Office;
using V = DocumentFormat.OpenXml.Vml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Docx;

/// <summary>
/// The big diagonal "ONTWERP" behind the text, made the way Word makes its own watermarks
/// (a VML WordArt shape in the header), so Word and LibreOffice both show it on every page.
/// </summary>
internal static class DocxDraftMark
{
    // Word's preset WordArt shape "plain text" (spt 136), as Word itself writes it.
    private static readonly string[] ShapeFormulas =
    [
        "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0", "if @0 21600 @1",
        "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5",
    ];

    public static W.Paragraph Paragraph()
    {
        var shapeType = new V.Shapetype(
            new V.Formulas(ShapeFormulas.Select(eqn => new V.Formula { Equation = eqn })),
            new V.Path { AllowTextPath = true, ConnectionPointType = O.ConnectValues.Custom, ConnectionPoints = "@9,0;@10,10800;@11,21600;@12,10800", ConnectAngles = "270,180,90,0" },
            new V.TextPath { On = true, FitShape = true },
            new O.Lock { Extension = V.ExtensionHandlingBehaviorValues.Edit, TextLock = true, ShapeType = true })
        {
            Id = "_x0000_t136",
            CoordinateSize = "21600,21600",
            OptionalNumber = 136,
            Adjustment = "10800",
            EdgePath = "m@7,l@8,m@5,21600l@6,21600e",
        };

        // 54.7° is the page's own diagonal, as in the PDF; behind the text (negative z-index).
        var shape = new V.Shape(
            new V.Fill { Opacity = ".6" },
            new V.TextPath { Style = $"font-family:\"{DocxStyles.FontName}\";font-size:1pt;font-weight:bold", String = HouseStyle.DraftMark })
        {
            Id = "WhaiNotDraftMark",
            Type = "#_x0000_t136",
            Style = "position:absolute;margin-left:0;margin-top:0;width:480pt;height:120pt;rotation:305;z-index:-251657216;"
                + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
                + "mso-position-vertical:center;mso-position-vertical-relative:margin",
            FillColor = "#" + HouseStyle.DraftMarkColor,
            Stroked = false,
            AllowInCell = false,
        };

        return new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyles.Header }),
            new W.Run(new W.Picture(shapeType, shape)));
    }
}
