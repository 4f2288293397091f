using System.Text.RegularExpressions;

namespace WhaiNot.Cli;

/// <summary>
/// System.CommandLine ships no Dutch messages, so the usual parse errors are translated here;
/// anything not recognised is shown as the library wrote it.
/// </summary>
internal static partial class DutchParseErrors
{
    public static string Translate(string message)
    {
        if (UnknownArgument().Match(message) is { Success: true } unknown)
        {
            return $"Onbekend commando of argument '{unknown.Groups[1].Value}'.";
        }

        if (RequiredOption().Match(message) is { Success: true } required)
        {
            return $"De optie '{required.Groups[1].Value}' is verplicht.";
        }

        if (MissingValue().Match(message) is { Success: true } missing)
        {
            return $"De optie '{missing.Groups[1].Value}' heeft een waarde nodig.";
        }

        if (WrongType().Match(message) is { Success: true } wrong)
        {
            return $"'{wrong.Groups[1].Value}' is geen geldige waarde voor '{wrong.Groups[2].Value}'.";
        }

        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return "Kies een subcommando.";
        }

        return message;
    }

    [GeneratedRegex("^Unrecognized command or argument '(.*)'")]
    private static partial Regex UnknownArgument();

    [GeneratedRegex("^Option '(.*)' is required")]
    private static partial Regex RequiredOption();

    [GeneratedRegex("^Required argument missing for option: '(.*)'")]
    private static partial Regex MissingValue();

    [GeneratedRegex("^Cannot parse argument '(.*)' for option '(.*)' as expected type")]
    private static partial Regex WrongType();
}
