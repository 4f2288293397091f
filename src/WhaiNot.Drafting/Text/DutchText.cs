using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WhaiNot.Drafting.Text;

/// <summary>Splits Dutch text into tokens and folds words for comparison (lower case, no accents).</summary>
internal static partial class DutchText
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            var value = match.Value;
            var punctuation = !char.IsLetterOrDigit(value[0]) && !(value.Length > 1 && value[0] is '\'' or '’');
            tokens.Add(new Token(value, punctuation ? value : Fold(value), match.Index, punctuation));
        }

        return tokens;
    }

    /// <summary>Lower case without diacritics: "Eén" → "een", "geïrriteerd" → "geirriteerd".</summary>
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == '’' ? '\'' : c);
            }
        }

        return builder.ToString();
    }

    // Words keep inner apostrophes, hyphens and dots between digits ("zo'n", "A-kaart", "1.246", "14u30").
    [GeneratedRegex(@"['’]?[\p{L}\p{Mn}\p{Nd}]+(?:['’\-.,:/][\p{L}\p{Mn}\p{Nd}]+)*|[^\s\p{L}\p{Nd}]")]
    private static partial Regex TokenPattern();
}
