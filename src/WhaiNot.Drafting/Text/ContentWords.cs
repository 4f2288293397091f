namespace WhaiNot.Drafting.Text;

/// <summary>
/// The content words of a source text, and whether a word of a report sentence is among them:
/// the same stem, a same-meaning word, one stem the start or end of the other (compounds,
/// diminutives, "afbetaling" / "betaal ... af"), or a compound made of two source words
/// ("rugpijn" from "rug" and "pijn").
/// </summary>
internal sealed class ContentWords
{
    private const int MinAffix = 5;
    private const int MinPart = 3;
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folded = new(StringComparer.Ordinal);

    public ContentWords(IEnumerable<Token> tokens)
    {
        foreach (var token in tokens.Where(t => t.IsWord))
        {
            foreach (var part in Parts(token.Folded))
            {
                _folded.Add(part);
                var stem = DutchStemmer.Stem(part);
                _stems.Add(stem);
                if (DutchStemmer.WithoutGe(stem) is { } bare)
                {
                    _stems.Add(bare);
                }

                if (DutchLexicon.SameMeaningKey(part) is { } key)
                {
                    _keys.Add(key);
                }
            }
        }
    }

    /// <summary>Is this a word that carries content (not a function word, not a number)?</summary>
    public static bool IsContent(Token token) =>
        token.IsWord && !token.IsDigits && token.Folded.Length > 1 && !DutchLexicon.IsStopWord(token.Folded)
        && DutchNumbers.ParseWord(token.Folded, token.Text, out _) is null && DutchCalendar.Month(token.Folded) == 0 && DutchCalendar.Weekday(token.Folded) == 0;

    public bool ContainsExact(string folded) => _folded.Contains(folded);

    public bool Contains(string folded)
    {
        var parts = Parts(folded).ToList();
        return parts.All(ContainsPart) || ContainsPart(folded.Replace("-", string.Empty, StringComparison.Ordinal));
    }

    private bool ContainsPart(string part)
    {
        if (_folded.Contains(part) || (DutchLexicon.SameMeaningKey(part) is { } key && _keys.Contains(key)))
        {
            return true;
        }

        var stem = DutchStemmer.Stem(part);
        var bare = DutchStemmer.WithoutGe(stem);
        if (_stems.Contains(stem) || (bare is not null && _stems.Contains(bare)))
        {
            return true;
        }

        foreach (var source in _stems)
        {
            if (Affix(stem, source) || (bare is not null && Affix(bare, source)))
            {
                return true;
            }
        }

        return IsCompoundOfSources(part);
    }

    private static bool Affix(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinAffix && (longer.StartsWith(shorter, StringComparison.Ordinal) || longer.EndsWith(shorter, StringComparison.Ordinal));
    }

    // "rugpijn" = "rug" + "pijn", "notenallergie" = "noten" + "allergie", with a linking "s" or "e".
    private bool IsCompoundOfSources(string word)
    {
        for (var split = MinPart; split <= word.Length - MinPart; split++)
        {
            var head = word[..split];
            var tail = word[split..];
            if (!HasStem(tail))
            {
                continue;
            }

            if (HasStem(head) || (head.Length > MinPart && head[^1] is 's' or 'e' && HasStem(head[..^1])))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasStem(string part) => _folded.Contains(part) || _stems.Contains(DutchStemmer.Stem(part));

    private static IEnumerable<string> Parts(string folded) =>
        folded.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim('\'')).Where(p => p.Length > 0);
}
