namespace WhaiNot.Drafting.Text;

/// <summary>
/// A light stemmer for matching words between a report sentence and what was said, not a full
/// morphological analysis. The Snowball Dutch stemmer (the usual library choice) keeps the "ge-"
/// of past participles and knows no compounds, and those are exactly what a third-person
/// paraphrase changes ("stort" → "gestort", "huur" → "huurt", "rug" + "pijn" → "rugpijn"), so
/// matching here strips inflection and "ge-", folds double vowels, and lets
/// <see cref="ContentWords"/> compare by prefix and by compound parts.
/// </summary>
internal static class DutchStemmer
{
    private static readonly string[] Suffixes =
        ["heden", "heid", "ingen", "ing", "tjes", "tje", "jes", "je", "ende", "end", "elijk", "en", "ste", "de", "te", "es", "s", "e", "t", "d"];

    public static string Stem(string folded)
    {
        var word = folded.Replace("'", string.Empty, StringComparison.Ordinal);
        if (word.Length <= 3)
        {
            return word;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                word = word[..^suffix.Length];
                break;
            }
        }

        // A second pass for "-end" + "e", "-heid" + "en" and the like stays out: one suffix is enough to match.
        if (word.Length >= 2 && word[^1] == word[^2] && !IsVowel(word[^1]))
        {
            word = word[..^1];
        }

        if (word.EndsWith('v'))
        {
            word = word[..^1] + "f";
        }
        else if (word.EndsWith('z'))
        {
            word = word[..^1] + "s";
        }

        return CollapseVowels(word);
    }

    /// <summary>The stem without a past-participle "ge-" ("gestort" → "stort"), or null.</summary>
    public static string? WithoutGe(string stem) =>
        stem.Length >= 6 && stem.StartsWith("ge", StringComparison.Ordinal) ? stem[2..] : null;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // "betaal"/"betal", "huur"/"hur", "woon"/"won": spelling of one sound in open and closed syllables.
    private static string CollapseVowels(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word)
        {
            if (chars.Count > 0 && chars[^1] == c && c is 'a' or 'e' or 'o' or 'u')
            {
                continue;
            }

            chars.Add(c);
        }

        return new string([.. chars]);
    }
}
