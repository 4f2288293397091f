using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Docx;

/// <summary>The body: title, subtitle, metadata lines, then the blocks in order.</summary>
internal static class DocxBody
{
    private const int LabelWidth = (int)(Twips.ContentWidth * HouseStyle.LabelColumnShare);
    private const int ValueWidth = Twips.ContentWidth - LabelWidth;

    public static W.Body Build(OcmwDocument document, string headerId, string footerId, W.Paragraph? logo = null)
    {
        var body = new W.Body();
        if (logo is not null)
        {
            body.Append(logo);
        }

        body.Append(DocxText.Paragraph(DocxStyles.Title, document.Title));
        if (!string.IsNullOrWhiteSpace(document.Subtitle))
        {
            body.Append(DocxText.Paragraph(DocxStyles.Subtitle, document.Subtitle));
        }

        foreach (var line in document.Metadata)
        {
            body.Append(DocxText.Paragraph(DocxStyles.NoSpacing, line));
        }

        // A clear gap between the letter's head and its body, as in the PDF.
        if (document.Metadata.Count > 0 && document.Blocks.Count > 0)
        {
            body.Append(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyles.NoSpacing })));
        }

        foreach (var block in document.Blocks)
        {
            body.Append(Block(block));
        }

        body.Append(Section(headerId, footerId));
        return body;
    }

    private static IEnumerable<OpenXmlElement> Block(DocumentBlock block) => block switch
    {
        Heading heading => [DocxText.Paragraph(DocxStyles.Heading, heading.Text)],
        Paragraph paragraph => [DocxText.Paragraph(DocxStyles.Normal, paragraph.Text)],
        SentenceWithSources sentence => [Sentence(sentence)],
        BulletList list => list.Items.Select((item, i) => Bullet(item, last: i == list.Items.Count - 1)),
        KeyValueTable table => [Table(table)],
        Signature signature => SignatureLines(signature),
        _ => throw new NotSupportedException($"Onbekend bloktype {block.GetType().Name}."),
    };

    private static W.Paragraph Sentence(SentenceWithSources sentence)
    {
        var paragraph = DocxText.Paragraph(DocxStyles.Normal, sentence.Text);
        if (!string.IsNullOrWhiteSpace(sentence.SourceLabel))
        {
            paragraph.Append(new W.Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
            paragraph.Append(DocxText.Runs(sentence.SourceLabel, () => new W.RunProperties(new W.RunStyle { Val = DocxStyles.SourceReference })));
        }

        return paragraph;
    }

    private static W.Paragraph Bullet(string item, bool last)
    {
        var properties = new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = DocxNumbering.BulletNumberId }));

        // Items sit close together; the list as a whole keeps a paragraph's distance from what follows.
        if (last)
        {
            properties.SpacingBetweenLines = new W.SpacingBetweenLines { After = "140" };
        }

        return DocxText.Paragraph(DocxStyles.ListBullet, item, extra: properties);
    }

    private static IEnumerable<W.Paragraph> SignatureLines(Signature signature)
    {
        // Room above the name for a handwritten signature.
        var name = DocxText.Paragraph(DocxStyles.Signature, signature.Name, extra: new W.ParagraphProperties(new W.SpacingBetweenLines { Before = "720" }));
        return [name, DocxText.Paragraph(DocxStyles.Signature, signature.Role)];
    }

    private static W.Table Table(KeyValueTable table)
    {
        var rule = new Func<W.BorderType>[]
        {
            () => new W.TopBorder(),
            () => new W.BottomBorder(),
            () => new W.InsideHorizontalBorder(),
        };
        var borders = new W.TableBorders(rule.Select(make =>
        {
            var border = make();
            border.Val = W.BorderValues.Single;
            border.Size = 4;
            border.Color = HouseStyle.RuleColor;
            return border;
        }));

        var result = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = Twips.ContentWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                borders,
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableCellMarginDefault(
                    new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
                    new W.TableCellRightMargin { Width = 160, Type = W.TableWidthValues.Dxa })),
            new W.TableGrid(
                new W.GridColumn { Width = LabelWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new W.GridColumn { Width = ValueWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        foreach (var row in table.Rows)
        {
            result.Append(new W.TableRow(
                new W.TableRowProperties(new W.CantSplit()),
                Cell(row.Label, LabelWidth, bold: true),
                Cell(row.Value, ValueWidth, bold: false)));
        }

        return result;
    }

    private static W.TableCell Cell(string text, int width, bool bold)
    {
        var paragraph = DocxText.Paragraph(
            DocxStyles.Normal,
            text,
            bold ? DocxText.Bold : null,
            new W.ParagraphProperties(new W.SpacingBetweenLines { Before = "80", After = "80" }));
        return new W.TableCell(
            new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }),
            paragraph);
    }

    private static W.SectionProperties Section(string headerId, string footerId) => new(
        new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = headerId },
        new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerId },
        new W.PageSize { Width = Twips.PageWidth, Height = Twips.PageHeight },
        new W.PageMargin
        {
            Top = Twips.Margin,
            Bottom = Twips.Margin,
            Left = Twips.Margin,
            Right = Twips.Margin,
            Header = Twips.HeaderDistance,
            Footer = Twips.HeaderDistance,
            Gutter = 0,
        });
}
