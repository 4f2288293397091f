using System.Globalization;
using System.Text.RegularExpressions;

namespace WhaiNot.Drafting.Text;

/// <summary>
/// Finds numbers, clock times, dates, months and weekdays in a text, whether written in digits or
/// said in words: "om half tien" and "9.30 uur" are the same time, "zesentwintig februari" and
/// "26 februari" the same date.
/// </summary>
internal static partial class FactScanner
{
    public static IReadOnlyList<Fact> Scan(IReadOnlyList<Token> tokens)
    {
        var facts = new List<Fact>();
        var mentions = NumberScanner.Scan(tokens);
        var used = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsPunctuation)
            {
                continue;
            }

            if (DigitTime(tokens, i) is { } digitTime)
            {
                facts.Add(digitTime);
                used.Add(i);
                continue;
            }

            var folded = tokens[i].Folded;
            if ((folded == "half" || folded == "kwart") && ClockAfter(tokens, mentions, i) is { } spoken)
            {
                facts.Add(spoken);
                for (var t = spoken.First; t <= spoken.Last; t++)
                {
                    used.Add(t);
                }
            }
        }

        foreach (var mention in mentions)
        {
            if (used.Contains(mention.First))
            {
                continue;
            }

            var after = mention.Last + 1 < tokens.Count ? tokens[mention.Last + 1].Folded : string.Empty;
            if (after == "uur" && mention.Value is >= 0 and <= 24 && !mention.Ordinal)
            {
                var minutes = mention.Last + 2 < tokens.Count && NumberAt(mentions, mention.Last + 2) is { Value: > 0 and < 60 } m ? m : null;
                var last = minutes?.Last ?? mention.Last + 1;
                facts.Add(TimeFact((int)mention.Value, (int)(minutes?.Value ?? 0), mention.First, last));
                continue;
            }

            if (DutchCalendar.Month(after) is var month and > 0 && mention.Value is >= 1 and <= 31)
            {
                facts.Add(new Fact(FactKind.Date, (mention.Value * 100) + month, $"{mention.Value} {DutchCalendar.Months[month - 1]}", mention.First, mention.Last + 1));
                used.Add(mention.Last + 1);
                continue;
            }

            facts.Add(new Fact(FactKind.Number, mention.Value, mention.Value.ToString(CultureInfo.InvariantCulture), mention.First, mention.Last));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsPunctuation || used.Contains(i))
            {
                continue;
            }

            // "1.2" (a language level) or "6,50": each part is a number of its own.
            if (tokens[i].IsDigits && !mentions.Any(m => m.First == i))
            {
                foreach (var part in tokens[i].Folded.Split(['.', ',', ':', '/']).Where(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
                {
                    facts.Add(new Fact(FactKind.Number, long.Parse(part, CultureInfo.InvariantCulture), part, i, i));
                }

                continue;
            }

            if (DutchCalendar.Month(tokens[i].Folded) is var month and > 0 && !facts.Any(f => f.Kind == FactKind.Date && f.Last == i))
            {
                facts.Add(new Fact(FactKind.Month, month, DutchCalendar.Months[month - 1], i, i));
            }
            else if (DutchCalendar.Weekday(tokens[i].Folded) is var day and > 0)
            {
                facts.Add(new Fact(FactKind.Weekday, day, DutchCalendar.Weekdays[day - 1], i, i));
            }
        }

        return facts;
    }

    public static Fact TimeFact(int hour, int minute, int first, int last)
    {
        var display = minute == 0 ? $"{hour} uur" : $"{hour}.{minute:00} uur";
        return new Fact(FactKind.Time, ((hour % 12) * 60) + minute, display, first, last);
    }

    private static NumberMention? NumberAt(IReadOnlyList<NumberMention> mentions, int token) => mentions.FirstOrDefault(m => m.First == token);

    // "half tien" = 9.30, "kwart over negen" = 9.15, "kwart voor drie" = 2.45.
    private static Fact? ClockAfter(IReadOnlyList<Token> tokens, IReadOnlyList<NumberMention> mentions, int i)
    {
        if (tokens[i].Folded == "half" && i + 1 < tokens.Count && NumberAt(mentions, i + 1) is { Value: >= 1 and <= 12, Ordinal: false } half)
        {
            var hour = (int)half.Value - 1;
            return TimeFact(hour == 0 ? 12 : hour, 30, i, half.Last);
        }

        if (tokens[i].Folded == "kwart" && i + 2 < tokens.Count && tokens[i + 1].Folded is "over" or "voor"
            && NumberAt(mentions, i + 2) is { Value: >= 1 and <= 12, Ordinal: false } quarter)
        {
            return tokens[i + 1].Folded == "over"
                ? TimeFact((int)quarter.Value, 15, i, quarter.Last)
                : TimeFact(quarter.Value == 1 ? 12 : (int)quarter.Value - 1, 45, i, quarter.Last);
        }

        return null;
    }

    // "14u", "14u30", "14h30", and "9.30" or "14:30" when "uur" follows or "om" goes before.
    private static Fact? DigitTime(IReadOnlyList<Token> tokens, int i)
    {
        var text = tokens[i].Folded;
        var hourMark = HourMark().Match(text);
        if (hourMark.Success)
        {
            return Clock(hourMark, i, i);
        }

        var clock = Clock().Match(text);
        if (!clock.Success)
        {
            return null;
        }

        var uur = i + 1 < tokens.Count && tokens[i + 1].Folded == "uur";
        var om = i > 0 && tokens[i - 1].Folded is "om" or "tot" or "vanaf" or "rond" or "tegen";
        return uur || om || text.Contains(':', StringComparison.Ordinal) ? Clock(clock, i, uur ? i + 1 : i) : null;
    }

    private static Fact? Clock(Match match, int first, int last)
    {
        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups[2].Success && match.Groups[2].Value.Length > 0 ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        return hour <= 24 && minute < 60 ? TimeFact(hour, minute, first, last) : null;
    }

    [GeneratedRegex(@"^(\d{1,2})[uh](\d{2})?$")]
    private static partial Regex HourMark();

    [GeneratedRegex(@"^(\d{1,2})[.:](\d{2})$")]
    private static partial Regex Clock();
}
