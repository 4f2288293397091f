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
}
