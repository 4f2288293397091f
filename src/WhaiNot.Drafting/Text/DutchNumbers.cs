using System.Globalization;
using System.Text.RegularExpressions;

namespace WhaiNot.Drafting.Text;

/// <summary>
/// Dutch numbers in words and in digits: "zeshonderdtwintig" → 620, "twaalfhonderdzesenveertig"
/// → 1246, "tweeduizend zeshonderd" → 2600, "negentienvierenveertig" → 1944, "tweede" → 2,
/// "1.246" → 1246. The article "een" is never a number; "één" is.
/// </summary>
internal static partial class DutchNumbers
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.Ordinal)
    {
        ["nul"] = 0,
        ["een"] = 1,
        ["twee"] = 2,
        ["drie"] = 3,
        ["vier"] = 4,
        ["vijf"] = 5,
        ["zes"] = 6,
        ["zeven"] = 7,
        ["acht"] = 8,
        ["negen"] = 9,
        ["tien"] = 10,
        ["elf"] = 11,
        ["twaalf"] = 12,
        ["dertien"] = 13,
        ["veertien"] = 14,
        ["vijftien"] = 15,
        ["zestien"] = 16,
        ["zeventien"] = 17,
        ["achttien"] = 18,
        ["negentien"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twintig"] = 20,
        ["dertig"] = 30,
        ["veertig"] = 40,
        ["vijftig"] = 50,
        ["zestig"] = 60,
        ["zeventig"] = 70,
        ["tachtig"] = 80,
        ["negentig"] = 90,
    };

    /// <summary>The value of one word written in letters, or null. <paramref name="original"/> tells "één" from the article "een".</summary>
    public static long? ParseWord(string folded, string original, out bool ordinal)
    {
        ordinal = false;
        if (folded == "een")
        {
            return original.ToLowerInvariant() is "één" or "eén" ? 1 : null;
        }

        if (Cardinal(folded) is { } value)
        {
            return value;
        }

        ordinal = true;
        if (folded == "eerste")
        {
            return 1;
        }

        if (folded == "derde")
        {
            return 3;
        }

        if (folded.EndsWith("ste", StringComparison.Ordinal) && Cardinal(folded[..^3]) is { } ste && ste >= 8)
        {
            return ste;
        }

        if (folded.EndsWith("de", StringComparison.Ordinal) && Cardinal(folded[..^2]) is { } de && de is >= 2 and < 20)
        {
            return de;
        }

        ordinal = false;
        return null;
    }

    /// <summary>A number written in digits: "620", "1.246" (thousands dot), "620,00"; null for anything else.</summary>
    public static long? ParseDigits(string text)
    {
        if (WholeNumber().IsMatch(text))
        {
            return long.TryParse(text.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        var zeroCents = ZeroCents().Match(text);
        return zeroCents.Success ? ParseDigits(zeroCents.Groups[1].Value) : null;
    }

    /// <summary>A digit ordinal such as "2de", "1ste", "3e".</summary>
    public static long? ParseDigitOrdinal(string folded)
    {
        var match = DigitOrdinal().Match(folded);
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The digits to write for a value: a thousands dot from 10,000 on, or from 1,000 for amounts.</summary>
    public static string Format(long value, bool amount) =>
        value >= 10000 || (amount && value >= 1000)
            ? value.ToString("#,0", CultureInfo.GetCultureInfo("nl-BE"))
            : value.ToString(CultureInfo.InvariantCulture);

    private static long? Cardinal(string w)
    {
        if (w.Length == 0)
        {
            return null;
        }

        if (Small.TryGetValue(w, out var small))
        {
            return small;
        }

        if (Tens.TryGetValue(w, out var tens))
        {
            return tens;
        }

        var thousand = w.IndexOf("duizend", StringComparison.Ordinal);
        if (thousand >= 0)
        {
            var left = w[..thousand];
            var right = TrimEn(w[(thousand + "duizend".Length)..]);
            long? multiplier = left.Length == 0 ? 1 : Cardinal(left);
            long? rest = right.Length == 0 ? 0 : Cardinal(right);
            return multiplier is > 0 and < 1000 && rest is >= 0 and < 1000 ? (multiplier * 1000) + rest : null;
        }

        var hundred = w.IndexOf("honderd", StringComparison.Ordinal);
        if (hundred >= 0)
        {
            var left = w[..hundred];
            var right = TrimEn(w[(hundred + "honderd".Length)..]);
            long? multiplier = left.Length == 0 ? 1 : Cardinal(left);
            long? rest = right.Length == 0 ? 0 : Cardinal(right);
            return multiplier is > 0 and < 100 && rest is >= 0 and < 100 ? (multiplier * 100) + rest : null;
        }

        foreach (var (name, value) in Tens)
        {
            // "vijfenvijftig", "tweeëntwintig" (folded "tweeentwintig").
            if (w.Length > name.Length + 2 && w.EndsWith(name, StringComparison.Ordinal) && w[..^name.Length].EndsWith("en", StringComparison.Ordinal)
                && Small.TryGetValue(w[..^(name.Length + 2)], out var unit) && unit is >= 1 and <= 9)
            {
                return value + unit;
            }
        }

        // Years said the short way: "negentienvierenveertig" = 19 44.
        foreach (var (name, value) in Small)
        {
            if (value >= 11 && w.Length > name.Length && w.StartsWith(name, StringComparison.Ordinal) && Cardinal(w[name.Length..]) is { } tail and >= 10 and < 100)
            {
                return (value * 100) + tail;
            }
        }

        return null;
    }

    private static string TrimEn(string w) => w.StartsWith("en", StringComparison.Ordinal) && w.Length > 2 && Cardinal(w[2..]) is not null ? w[2..] : w;

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$|^\d+$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^(\d[\d.]*),(00|-)$")]
    private static partial Regex ZeroCents();

    [GeneratedRegex(@"^(\d{1,2})(ste|de|e)$")]
    private static partial Regex DigitOrdinal();
}
