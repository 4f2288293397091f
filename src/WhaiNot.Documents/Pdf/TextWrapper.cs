namespace WhaiNot.Documents.Pdf;

/// <summary>Breaks styled text into lines that fit a width, at spaces; a line feed forces a break.</summary>
internal static class TextWrapper
{
    public static List<IReadOnlyList<PlacedRun>> Wrap(IReadOnlyList<StyledSpan> spans, float width, FontBook fonts)
    {
        var lines = new List<IReadOnlyList<PlacedRun>>();
        var line = new LineBuilder();
        foreach (var span in spans)
        {
            var hardLines = span.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ').Split('\n');
            for (var h = 0; h < hardLines.Length; h++)
            {
                if (h > 0)
                {
                    lines.Add(line.Finish());
                }

                var words = hardLines[h].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var w = 0; w < words.Length; w++)
                {
                    var spaced = w > 0 || span.SpaceBefore;
                    AddWord(words[w], span.Style, spaced, width, fonts, line, lines);
                }
            }
        }

        lines.Add(line.Finish());
        return lines;
    }

    private static void AddWord(string word, TextStyle style, bool spaced, float width, FontBook fonts, LineBuilder line, List<IReadOnlyList<PlacedRun>> lines)
    {
        var wordWidth = fonts.Measure(word, style);
        var spaceWidth = spaced && !line.IsEmpty ? fonts.Measure(" ", style) : 0;
        if (!line.IsEmpty && line.Width + spaceWidth + wordWidth > width)
        {
            lines.Add(line.Finish());
            spaceWidth = 0;
        }

        // A word wider than the whole line (a long file name, a URL) is cut where it must be.
        while (line.IsEmpty && wordWidth > width && word.Length > 1)
        {
            var fit = FittingLength(word, style, width, fonts);
            line.Add(word[..fit], style, 0, fonts.Measure(word[..fit], style));
            lines.Add(line.Finish());
            word = word[fit..];
            wordWidth = fonts.Measure(word, style);
        }

        line.Add(word, style, spaceWidth, wordWidth);
    }

    private static int FittingLength(string word, TextStyle style, float width, FontBook fonts)
    {
        var length = word.Length - 1;
        while (length > 1 && fonts.Measure(word[..length], style) > width)
        {
            length--;
        }

        // Never split a surrogate pair.
        if (length > 1 && char.IsHighSurrogate(word[length - 1]))
        {
            length--;
        }

        return Math.Max(length, 1);
    }

    private sealed class LineBuilder
    {
        private List<PlacedRun> _runs = [];

        public float Width { get; private set; }

        public bool IsEmpty => _runs.Count == 0;

        public void Add(string word, TextStyle style, float spaceWidth, float wordWidth)
        {
            var text = spaceWidth > 0 ? " " + word : word;

            // One run per style keeps the spaces in the PDF text, so copy-paste and search work.
            if (_runs.Count > 0 && _runs[^1].Style == style)
            {
                _runs[^1] = _runs[^1] with { Text = _runs[^1].Text + text };
            }
            else
            {
                _runs.Add(new PlacedRun(text, Width, style));
            }

            Width += spaceWidth + wordWidth;
        }

        public IReadOnlyList<PlacedRun> Finish()
        {
            var runs = _runs;
            _runs = [];
            Width = 0;
            return runs;
        }
    }
}
