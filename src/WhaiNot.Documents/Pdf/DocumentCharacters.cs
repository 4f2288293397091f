namespace WhaiNot.Documents.Pdf;

/// <summary>Every character a document's PDF can print, so the embedded font needs nothing more.</summary>
internal static class DocumentCharacters
{
    // What the renderer adds itself: labels, page numbers, bullet, ellipsis.
    private static readonly string FixedText = $"{HouseStyle.PageLabel} {HouseStyle.PageOfLabel} {HouseStyle.DraftMark} 0123456789•…";

    public static HashSet<int> Of(OcmwDocument document)
    {
        var codepoints = new HashSet<int>();
        foreach (var text in Texts(document))
        {
            foreach (var rune in text.EnumerateRunes())
            {
                codepoints.Add(rune.Value);
            }
        }

        return codepoints;
    }

    private static IEnumerable<string> Texts(OcmwDocument document)
    {
        yield return FixedText;
        yield return document.Title;
        yield return document.Subtitle ?? "";
        yield return document.Footer ?? "";
        foreach (var line in document.Metadata)
        {
            yield return line;
        }

        foreach (var block in document.Blocks)
        {
            IEnumerable<string> texts = block switch
            {
                Heading heading => [heading.Text],
                Paragraph paragraph => [paragraph.Text],
                SentenceWithSources sentence => [sentence.Text, sentence.SourceLabel],
                BulletList list => list.Items,
                KeyValueTable table => table.Rows.SelectMany(row => new[] { row.Label, row.Value }),
                Signature signature => [signature.Name, signature.Role],
                _ => throw new NotSupportedException($"Onbekend bloktype {block.GetType().Name}."),
            };

            foreach (var text in texts)
            {
                yield return text;
            }
        }
    }
}
