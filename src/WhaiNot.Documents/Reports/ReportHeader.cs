namespace WhaiNot.Documents.Reports;

/// <summary>The facts a report's heading shows that are not in the report content itself.</summary>
/// <param name="OcmwName">The OCMW, e.g. "OCMW Voorbeeldstad".</param>
/// <param name="DossierReference">The dossier's reference, e.g. "SD-2026-0101".</param>
/// <param name="ClientName">The client's name as the dossier has it.</param>
/// <param name="WorkerName">The display name of the social worker who held the conversation.</param>
/// <param name="ConversationAt">When the conversation took place; shown as a date in <paramref name="Zone"/>.</param>
/// <param name="Zone">The OCMW's time zone, for every date and time shown.</param>
/// <param name="OcmwAddress">The OCMW's address (lines as \n); null or empty leaves it out.</param>
/// <param name="OcmwLogo">The OCMW's logo (PNG or JPEG), at the top of the first page; null for none.</param>
/// <param name="ValidatorName">The display name of who validated; null means <paramref name="WorkerName"/>, the usual case.</param>
public sealed record ReportHeader(
    string OcmwName,
    string DossierReference,
    string ClientName,
    string WorkerName,
    DateTimeOffset ConversationAt,
    TimeZoneInfo Zone,
    string? ValidatorName = null,
    string? OcmwAddress = null,
    byte[]? OcmwLogo = null);
