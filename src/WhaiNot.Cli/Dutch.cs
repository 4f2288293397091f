using System.Globalization;

namespace WhaiNot.Cli;

/// <summary>Numbers as a person here reads them (nl-BE: decimal comma); JSON output stays invariant.</summary>
internal static class Dutch
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-BE");

    public static string Format(FormattableString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToString(Culture);
    }

    /// <summary>"7 december 2026" in the box's own time zone view of the moment.</summary>
    public static string Date(DateTimeOffset moment) => moment.ToLocalTime().ToString("d MMMM yyyy", Culture);
}
