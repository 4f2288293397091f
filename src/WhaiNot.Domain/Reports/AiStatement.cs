using System.Globalization;

namespace WhaiNot.Domain.Reports;

/// <summary>
/// The statement every report carries (in Dutch): whether AI helped write it, which engine and model
/// (with its SHA-256) and template version, who validated it and when. A report written on the
/// alternative path says plainly that it was written without AI; one made from a dictation says so. Drafts say they are not validated.
/// </summary>
public static class AiStatement
{
    public const string Heading = "Verklaring over het gebruik van AI";

    /// <param name="validatorName">The display name of the worker who validated (ignored for a draft).</param>
    /// <param name="zone">The OCMW's time zone, for the date and time shown.</param>
    /// <param name="dictation">The report was made from a dictation (the worker alone, after a contact), not from a conversation with the client.</param>
    public static IReadOnlyList<string> For(ReportVersion version, string? validatorName, TimeZoneInfo zone, bool dictation = false)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(zone);
        var lines = new List<string>();
        var template = $"sjabloon '{version.TemplateId}', versie {version.TemplateVersion}";
        if (!version.Engine.UsesAi)
        {
            lines.Add($"Dit verslag is geschreven zonder AI: de maatschappelijk werker schreef het zelf ({template}).");
        }
        else if (version.Engine.Name == "extractive")
        {
            lines.Add($"Bij dit verslag werd AI gebruikt: een ontwerp werd automatisch samengesteld uit het transcript van het gesprek door de regelgebaseerde engine 'extractive' (zonder taalmodel), met {template}.");
        }
        else
        {
            var model = version.Engine.Model ?? "onbekend model";
            var hash = version.Engine.ModelSha256 is { Length: > 0 } sha ? $" (SHA-256 {sha})" : "";
            lines.Add($"Bij dit verslag werd AI gebruikt: een ontwerp werd geschreven door het taalmodel {model}{hash} op de appliance van het OCMW, met {template}. Er ging geen gegeven naar buiten.");
        }

        if (dictation)
        {
            lines.Add("Dit verslag steunt op een dictaat: de maatschappelijk werker sprak na het contact alleen een verslag in; de cliënt was er niet bij.");
        }

        if (version.Engine.UsesAi)
        {
            lines.Add("Elke zin van het ontwerp verwijst naar de delen van het gesprek waarop ze steunt; zinnen zonder steun in het gesprek werden gemarkeerd en moesten aangepast of geschrapt worden vóór de validatie.");
        }

        if (version.IsValidated && version.ValidatedAt is { } at)
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            var when = local.ToString("d MMMM yyyy 'om' HH:mm", CultureInfo.GetCultureInfo("nl-BE"));
            lines.Add($"Nagekeken en gevalideerd door {validatorName ?? version.ValidatedBy} op {when}. De maatschappelijk werker is verantwoordelijk voor de inhoud.");
        }
        else
        {
            lines.Add("Dit is een ontwerp: het is nog niet nagekeken en gevalideerd door een maatschappelijk werker en is geen verslag.");
        }

        return lines;
    }
}
