using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// Writes spoken numbers the way a report does: digits for amounts, dates, numbers from 13 on and
/// clock times on the 24-hour clock ("om twee uur" → "om 14 uur", "om half drie" → "om 14.30
/// uur"); small counts and ordinals stay words ("twee kinderen", "tweede verdieping").
/// </summary>
internal static class NumberWriter
{
    private static readonly HashSet<string> TimePrepositions = new(StringComparer.Ordinal) { "om", "tot", "tegen", "vanaf", "van", "na", "rond", "voor" };

    public static List<Token> Rewrite(IReadOnlyList<Token> tokens)
    {
        var mentions = NumberScanner.Scan(tokens).ToDictionary(m => m.First);
        var output = new List<Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!mentions.TryGetValue(i, out var mention) || !mention.InWords)
            {
                output.Add(tokens[i]);
                continue;
            }

            var next = Folded(tokens, mention.Last + 1);
            var previous = Folded(tokens, i - 1);
            var beforePrevious = Folded(tokens, i - 2);
            string text;
            if (previous == "half" && TimePrepositions.Contains(beforePrevious) && mention.Value is >= 1 and <= 12 && !mention.Ordinal)
            {
                output.RemoveAt(output.Count - 1);
                text = $"{Afternoon(mention.Value - 1 == 0 ? 12 : mention.Value - 1)}.30 uur";
            }
            else if (next == "uur" && TimePrepositions.Contains(previous) && mention.Value is >= 1 and <= 12 && !mention.Ordinal)
            {
                text = Afternoon(mention.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (next == "punt" && mentions.TryGetValue(mention.Last + 2, out var decimals))
            {
                text = $"{mention.Value}.{decimals.Value}";
                i = decimals.Last;
                output.Add(Word(text));
                continue;
            }
            else if (mention.Ordinal)
            {
                text = string.Join(' ', tokens.Skip(mention.First).Take(mention.Last - mention.First + 1).Select(t => t.Text));
            }
            else if (DutchCalendar.Month(next) > 0 || next == "euro" || mention.Value >= 13)
            {
                text = DutchNumbers.Format(mention.Value, amount: next == "euro");
            }
            else
            {
                text = string.Join(' ', tokens.Skip(mention.First).Take(mention.Last - mention.First + 1).Select(t => t.Text));
            }

            output.Add(Word(text));
            i = mention.Last;
        }

        return output;
    }

    private static Token Word(string text) => new(text, DutchText.Fold(text), -1, false);

    // Office hours: "twee uur" in an appointment is 14 uur, "tien uur" is 10 uur.
    private static long Afternoon(long hour) => hour is >= 1 and <= 7 ? hour + 12 : hour;

    private static string Folded(IReadOnlyList<Token> tokens, int i) => i >= 0 && i < tokens.Count ? tokens[i].Folded : string.Empty;
}
