using System.Globalization;

namespace WhaiNot.Domain.Parity;

/// <summary>
/// Writes numbers the way a Flemish reader expects (decimal comma, "71 %"), built by hand so the
/// text is the same whatever the server's culture or ICU data says.
/// </summary>
internal static class DutchFormat
{
    private static readonly NumberFormatInfo Numbers = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    });

    /// <summary>A whole number, e.g. "3" or "1.250".</summary>
    public static string Count(int value) => value.ToString("N0", Numbers);

    /// <summary>A share between 0 and 1 as whole percent, e.g. "71 %".</summary>
    public static string Percent(double share) =>
        Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("N0", Numbers) + " %";

    /// <summary>
    /// Two durations in one unit with one decimal, e.g. ("3,5 dagen", "1,2 dagen"). The unit follows the
    /// longer one so both numbers read side by side; hours or minutes keep short waits from showing as "0,0 dagen".
    /// </summary>
    public static (string First, string Second) DurationPair(TimeSpan first, TimeSpan second)
    {
        var longest = first > second ? first : second;
        if (longest >= TimeSpan.FromDays(1))
        {
            return (Unit(first.TotalDays, "dagen"), Unit(second.TotalDays, "dagen"));
        }

        if (longest >= TimeSpan.FromHours(1))
        {
            return (Unit(first.TotalHours, "uur"), Unit(second.TotalHours, "uur"));
        }

        return (Unit(first.TotalMinutes, "minuten"), Unit(second.TotalMinutes, "minuten"));
    }

    private static string Unit(double value, string unit) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("N1", Numbers) + " " + unit;
}
