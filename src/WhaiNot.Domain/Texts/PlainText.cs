using System.Globalization;
using System.Text;

namespace WhaiNot.Domain.Texts;

/// <summary>
/// What a short text a person types (a name, a reference, a team) may hold: a bounded length and
/// no invisible control or direction characters. A NUL or an ANSI escape breaks logs and exports;
/// a right-to-left override makes "Jan Peeters" print as something else than what is stored.
/// </summary>
public static class PlainText
{
    /// <summary>Null when <paramref name="value"/> is fine for the field <paramref name="label"/>; else the problem in Dutch.</summary>
    public static string? Problem(string value, string label, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > maxLength)
        {
            return $"{label} is te lang: hoogstens {maxLength} tekens.";
        }

        foreach (var rune in value.EnumerateRunes())
        {
            if (IsInvisibleTrouble(rune))
            {
                return $"{label} bevat een onzichtbaar stuurteken (U+{rune.Value:X4}). Typ de tekst opnieuw zonder te plakken.";
            }

            if (rune.Value is '<' or '>')
            {
                return $"{label} mag geen < of > bevatten.";
            }
        }

        return null;
    }

    /// <summary>
    /// The text as a document may print it: each invisible control or direction character becomes a
    /// visible U+FFFD. New input never holds one (<see cref="Problem"/>), but data stored before that
    /// check may; printed as is, a right-to-left override would show another name than the one stored.
    /// </summary>
    public static string Printable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.EnumerateRunes().Any(IsInvisibleTrouble))
        {
            return value;
        }

        var printable = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            printable.Append(IsInvisibleTrouble(rune) ? "\uFFFD" : rune.ToString());
        }

        return printable.ToString();
    }

    // Control characters (C0, DEL, C1), the bidirectional overrides, embeddings and isolates, and
    // other format characters (zero-width joiners excepted: some names need them).
    private static bool IsInvisibleTrouble(Rune rune) =>
        Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => true,
            UnicodeCategory.Format => rune.Value is not (0x200C or 0x200D),
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
            _ => false,
        };
}
