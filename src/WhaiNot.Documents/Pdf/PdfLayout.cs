namespace WhaiNot.Documents.Pdf;

/// <summary>Turns a document into groups of lines, in points, before pages are known.</summary>
internal static class PdfLayout
{
    private const float ParagraphGap = 7f;
    private const float HeadingGap = 14f;
    private const float BulletGap = 3f;
    // As in the DOCX: 360 twips.
    private const float BulletIndent = 18f;
    private const float CellPadding = 4f;
    private const float CellGap = 10f;

    // Room above the name for a handwritten signature.
    private const float SignatureGap = 36f;

    public static List<BlockGroup> Build(OcmwDocument document, FontBook fonts, float width)
    {
        var groups = new List<BlockGroup>
        {
            new(Lines([new(document.Title, TextStyle.Title)], width, fonts, TextStyle.Title), 0, KeepTogether: true),
        };

        if (!string.IsNullOrWhiteSpace(document.Subtitle))
        {
            groups.Add(new(Lines([new(document.Subtitle, TextStyle.Subtitle)], width, fonts, TextStyle.Subtitle), 2, KeepTogether: true));
        }

        if (document.Metadata.Count > 0)
        {
            var lines = document.Metadata.SelectMany(line => Lines([new(line, TextStyle.Body)], width, fonts, TextStyle.Body)).ToList();
            groups.Add(new(lines, 10, KeepTogether: true));
        }

        // A clear gap between the letter's head and its body.
        var first = groups.Count;
        foreach (var block in document.Blocks)
        {
            groups.AddRange(Block(block, fonts, width));
        }

        if (groups.Count > first)
        {
            groups[first] = groups[first] with { SpaceBefore = groups[first].SpaceBefore + 12 };
        }

        return groups;
    }

    private static IEnumerable<BlockGroup> Block(DocumentBlock block, FontBook fonts, float width) => block switch
    {
        Heading heading => [new(Lines([new(heading.Text, TextStyle.Heading)], width, fonts, TextStyle.Heading), HeadingGap, KeepTogether: true, KeepWithNext: true)],
        Paragraph paragraph => [new(Lines([new(paragraph.Text, TextStyle.Body)], width, fonts, TextStyle.Body), ParagraphGap)],
        SentenceWithSources sentence => [new(Lines(SentenceSpans(sentence), width, fonts, TextStyle.Body), ParagraphGap)],
        BulletList list => list.Items.Select((item, i) => new BlockGroup(BulletLines(item, fonts, width), i == 0 ? ParagraphGap : BulletGap)),
        KeyValueTable table => table.Rows.Select((row, i) => new BlockGroup(RowLines(row, i == 0, fonts, width), i == 0 ? ParagraphGap : 0, KeepTogether: true)),
        Signature signature => [new(SignatureLines(signature, width, fonts), SignatureGap, KeepTogether: true)],
        _ => throw new NotSupportedException($"Onbekend bloktype {block.GetType().Name}."),
    };

    private static StyledSpan[] SentenceSpans(SentenceWithSources sentence) => string.IsNullOrWhiteSpace(sentence.SourceLabel)
        ? [new(sentence.Text, TextStyle.Body)]
        : [new(sentence.Text, TextStyle.Body), new(sentence.SourceLabel, TextStyle.Small, SpaceBefore: true)];

    private static List<LineBox> Lines(IReadOnlyList<StyledSpan> spans, float width, FontBook fonts, TextStyle lineStyle) =>
        [.. TextWrapper.Wrap(spans, width, fonts).Select(runs => fonts.Line(runs, lineStyle))];

    private static List<LineBox> SignatureLines(Signature signature, float width, FontBook fonts) =>
    [
        .. Lines([new(signature.Name, TextStyle.Body)], width, fonts, TextStyle.Body),
        .. Lines([new(signature.Role, TextStyle.Body)], width, fonts, TextStyle.Body),
    ];

    private static List<LineBox> BulletLines(string item, FontBook fonts, float width)
    {
        var wrapped = TextWrapper.Wrap([new(item, TextStyle.Body)], width - BulletIndent, fonts);
        var lines = new List<LineBox>(wrapped.Count);
        for (var i = 0; i < wrapped.Count; i++)
        {
            var runs = wrapped[i].Select(run => run with { X = run.X + BulletIndent }).ToList();
            if (i == 0)
            {
                runs.Insert(0, new PlacedRun("•", 2, TextStyle.Body));
            }

            lines.Add(fonts.Line(runs, TextStyle.Body));
        }

        return lines;
    }

    /// <summary>Label and value side by side, line by line, so a very long value can still break across pages.</summary>
    private static List<LineBox> RowLines(KeyValueRow row, bool firstRow, FontBook fonts, float width)
    {
        var labelWidth = (float)(width * HouseStyle.LabelColumnShare);
        var labels = TextWrapper.Wrap([new(row.Label, TextStyle.BodyBold)], labelWidth - CellGap, fonts);
        var values = TextWrapper.Wrap([new(row.Value, TextStyle.Body)], width - labelWidth, fonts);
        var count = Math.Max(labels.Count, values.Count);
        var lines = new List<LineBox>(count);
        for (var i = 0; i < count; i++)
        {
            var runs = new List<PlacedRun>();
            if (i < labels.Count)
            {
                runs.AddRange(labels[i]);
            }

            if (i < values.Count)
            {
                runs.AddRange(values[i].Select(run => run with { X = run.X + labelWidth }));
            }

            var last = i == count - 1;
            var line = fonts.Line(runs, TextStyle.Body, i == 0 ? CellPadding : 0, last ? CellPadding : 0);
            lines.Add(line with { RuleAbove = firstRow && i == 0, RuleBelow = last });
        }

        return lines;
    }
}
