namespace WhaiNot.Application.Reports;

/// <summary>
/// The report figures of one team over a period (GET /api/reports/figures): numbers only, no
/// content. <paramref name="From"/> is inclusive, <paramref name="To"/> exclusive, both local
/// midnight in the box's time zone.
/// </summary>
public sealed record TeamReportFigures(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<ValidatedReportFigures> Reports,
    ReportFiguresSummary Summary);
