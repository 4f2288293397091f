using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// The words of a text as cues see them: folded, with the spoken dates, clock times and weekdays
/// marked, and a break at each sentence end so a phrase never spans two sentences.
/// </summary>
internal sealed class SegmentWords
{
    public const string Break = "|";

    public SegmentWords(string text)
    {
        var tokens = DutchText.Tokenize(text);
        var facts = FactScanner.Scan(tokens);
        var words = new List<string>();
        var marks = new List<string?>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsPunctuation)
            {
                if (token.IsSentenceEnd && words.Count > 0 && words[^1] != Break)
                {
                    words.Add(Break);
                    marks.Add(null);
                }

                continue;
            }

            var fact = facts.FirstOrDefault(f => f.First == i);
            words.Add(token.Folded);
            marks.Add(fact?.Kind switch
            {
                FactKind.Date => "#date",
                FactKind.Time => "#time",
                FactKind.Weekday => "#weekday",
                _ => null,
            });
        }

        Words = words;
        Marks = marks;
        ContentCount = tokens.Count(t => ContentWords.IsContent(t) && !Fillers.IsFiller(t.Folded)) + facts.Count;
    }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string?> Marks { get; }

    /// <summary>Content words and facts (numbers, dates, times): what is left once small talk is taken away.</summary>
    public int ContentCount { get; }
}
