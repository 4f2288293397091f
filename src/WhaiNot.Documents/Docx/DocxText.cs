using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Docx;

/// <summary>Builds runs and paragraphs; a line feed in the text becomes a line break, as in the PDF.</summary>
internal static class DocxText
{
    public static IEnumerable<W.Run> Runs(string text, Func<W.RunProperties?>? properties = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var run = new W.Run();
        if (properties?.Invoke() is { } props)
        {
            run.Append(props);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new W.Break());
            }

            // Keep leading and trailing spaces: Word drops them without this.
            run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        yield return run;
    }

    public static W.Paragraph Paragraph(string styleId, string text, Func<W.RunProperties?>? runProperties = null, W.ParagraphProperties? extra = null)
    {
        var properties = extra ?? new W.ParagraphProperties();
        properties.ParagraphStyleId = new W.ParagraphStyleId { Val = styleId };
        var paragraph = new W.Paragraph(properties);
        paragraph.Append(Runs(text, runProperties));
        return paragraph;
    }

    public static W.RunProperties Muted(float size) => new(
        new W.Color { Val = HouseStyle.MutedColor },
        new W.FontSize { Val = Twips.HalfPoints(size) },
        new W.FontSizeComplexScript { Val = Twips.HalfPoints(size) });

    public static W.RunProperties Bold() => new(new W.Bold(), new W.BoldComplexScript());
}
