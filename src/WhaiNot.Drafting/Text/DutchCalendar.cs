namespace WhaiNot.Drafting.Text;

/// <summary>Dutch month and weekday names.</summary>
internal static class DutchCalendar
{
    public static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static readonly string[] Weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

    /// <summary>1..12 for a month name, else 0.</summary>
    public static int Month(string folded) => Array.IndexOf(Months, folded) + 1;

    /// <summary>1..7 for a weekday, also inside "maandagavond" or "woensdagnamiddag"; else 0.</summary>
    public static int Weekday(string folded)
    {
        for (var i = 0; i < Weekdays.Length; i++)
        {
            if (folded.StartsWith(Weekdays[i], StringComparison.Ordinal) && (folded.Length == Weekdays[i].Length || folded[Weekdays[i].Length..] is "avond" or "namiddag" or "middag" or "ochtend" or "voormiddag" or "morgen" or "nacht" or "s"))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
