using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Docx;

/// <summary>The one list definition the house style needs: a plain bullet.</summary>
internal static class DocxNumbering
{
    public const int BulletNumberId = 1;

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new W.Numbering(
            new W.AbstractNum(
                new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
                new W.Level(
                    new W.StartNumberingValue { Val = 1 },
                    new W.NumberingFormat { Val = W.NumberFormatValues.Bullet },
                    new W.LevelText { Val = "•" },
                    new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                    new W.PreviousParagraphProperties(new W.Indentation { Left = "360", Hanging = "360" }),
                    new W.NumberingSymbolRunProperties(new W.RunFonts { Ascii = DocxStyles.FontName, HighAnsi = DocxStyles.FontName }))
                { LevelIndex = 0 })
            { AbstractNumberId = 0 },
            new W.NumberingInstance(new W.AbstractNumId { Val = 0 }) { NumberID = BulletNumberId });
    }
}
