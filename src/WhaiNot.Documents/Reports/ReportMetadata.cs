using System.Globalization;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Templates;

namespace WhaiNot.Documents.Reports;

/// <summary>The lines under a report's title: who, which dossier, which template and version, and whether it is validated.</summary>
internal static class ReportMetadata
{
    public const string NotValidated = "Ontwerp — niet gevalideerd";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string Subtitle(ReportHeader header) =>
        $"Dossier {header.DossierReference} – gesprek van {Date(header.ConversationAt, header.Zone)}";

    public static string Footer(ReportHeader header) => $"{header.OcmwName} – dossier {header.DossierReference} – vertrouwelijk";

    public static string[] Lines(ReportHeader header, DraftTemplate template, ReportVersion version, string validatorName) =>
    [
        string.IsNullOrWhiteSpace(header.OcmwAddress)
            ? $"OCMW: {header.OcmwName}"
            : $"OCMW: {header.OcmwName}, {string.Join(", ", header.OcmwAddress.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}",
        $"Dossier: {header.DossierReference}",
        $"Cliënt: {header.ClientName}",
        $"Maatschappelijk werker: {header.WorkerName}",
        $"Sjabloon: {template.Id}, versie {template.Version}",
        string.Create(CultureInfo.InvariantCulture, $"Verslagversie: {version.Version}"),
        $"Status: {Status(version, validatorName, header.Zone)}",
    ];

    private static string Status(ReportVersion version, string validatorName, TimeZoneInfo zone)
    {
        if (!version.IsValidated)
        {
            return NotValidated;
        }

        return version.ValidatedAt is { } at
            ? $"Gevalideerd op {Date(at, zone)} om {TimeZoneInfo.ConvertTime(at, zone).ToString("HH:mm", Dutch)} door {validatorName}"
            : $"Gevalideerd door {validatorName}";
    }

    private static string Date(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM yyyy", Dutch);
}
