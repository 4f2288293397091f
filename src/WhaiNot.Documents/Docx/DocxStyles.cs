using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Docx;

/// <summary>
/// The house style as Word styles. Built-in style ids (Title, Heading1, ListBullet…) so that Word shows
/// them under their localised names and the navigation pane finds the headings.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading = "Heading1";
    public const string NoSpacing = "NoSpacing";
    public const string ListBullet = "ListBullet";
    public const string Signature = "Signature";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string SourceReference = "SubtleReference";

    /// <summary>
    /// Arial, not the PDF's DejaVu Sans: every Word has Arial, and LibreOffice swaps in the
    /// metric-identical Liberation Sans; a missing font would make Word pick one at random.
    /// </summary>
    public const string FontName = "Arial";

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new W.Styles(
            Defaults(),
            ParagraphStyle(Normal, "Normal", basedOn: null, isDefault: true),
            ParagraphStyle(Title, "Title", Normal, new W.StyleParagraphProperties(new W.KeepNext(), new W.SpacingBetweenLines { After = "60" }), Run(HouseStyle.TitleSize, bold: true)),
            ParagraphStyle(Subtitle, "Subtitle", Normal, new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "120" }), Run(HouseStyle.SubtitleSize, color: HouseStyle.MutedColor)),
            ParagraphStyle(Heading, "heading 1", Normal, new W.StyleParagraphProperties(new W.KeepNext(), new W.KeepLines(), new W.SpacingBetweenLines { Before = "280", After = "80" }, new W.OutlineLevel { Val = 0 }), Run(HouseStyle.HeadingSize, bold: true)),
            ParagraphStyle(NoSpacing, "No Spacing", Normal, new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "0" })),
            ParagraphStyle(ListBullet, "List Bullet", Normal, new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "60" })),
            ParagraphStyle(Signature, "Signature", Normal, new W.StyleParagraphProperties(new W.KeepNext(), new W.KeepLines(), new W.SpacingBetweenLines { After = "0" })),
            ParagraphStyle(Header, "header", Normal, new W.StyleParagraphProperties(TabAtRightMargin(), new W.SpacingBetweenLines { After = "0" }), Run(HouseStyle.SmallSize, color: HouseStyle.MutedColor)),
            ParagraphStyle(Footer, "footer", Normal, new W.StyleParagraphProperties(TabAtRightMargin(), new W.SpacingBetweenLines { After = "0" }), Run(HouseStyle.SmallSize, color: HouseStyle.MutedColor)),
            new W.Style(
                new W.StyleName { Val = "Subtle Reference" },
                new W.UIPriority { Val = 31 },
                Run(HouseStyle.SmallSize, color: HouseStyle.MutedColor))
            { Type = W.StyleValues.Character, StyleId = SourceReference });
    }

    private static W.DocDefaults Defaults() => new(
        new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
            new W.RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
            new W.FontSize { Val = Twips.HalfPoints(HouseStyle.BodySize) },
            new W.FontSizeComplexScript { Val = Twips.HalfPoints(HouseStyle.BodySize) },
            new W.Languages { Val = HouseStyle.DocumentLanguage })),
        new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
            new W.SpacingBetweenLines { After = "140", Line = "276", LineRule = W.LineSpacingRuleValues.Auto })));

    private static W.Style ParagraphStyle(string id, string name, string? basedOn, W.StyleParagraphProperties? paragraph = null, W.StyleRunProperties? run = null, bool isDefault = false)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new W.StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new W.BasedOn { Val = basedOn });
        }

        style.Append(new W.PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static W.StyleRunProperties Run(float size, bool bold = false, string? color = null)
    {
        var run = new W.StyleRunProperties();
        if (bold)
        {
            run.Append(new W.Bold(), new W.BoldComplexScript());
        }

        if (color is not null)
        {
            run.Append(new W.Color { Val = color });
        }

        run.Append(new W.FontSize { Val = Twips.HalfPoints(size) }, new W.FontSizeComplexScript { Val = Twips.HalfPoints(size) });
        return run;
    }

    private static W.Tabs TabAtRightMargin() => new(new W.TabStop { Val = W.TabStopValues.Right, Position = Twips.ContentWidth });
}
