namespace WhaiNot.Application.Reports;

/// <summary>The figures' medians and counts per path; a median is null when there is nothing to take it of.</summary>
/// <param name="UnsupportedShare">Unsupported sentences over all engine sentences of the AI path, four decimals.</param>
public sealed record ReportFiguresSummary(
    int Validated,
    int Ai,
    int Alternative,
    double? MedianEditRatio,
    double? UnsupportedShare,
    double? MedianHoursToValidationAi,
    double? MedianHoursToValidationAlternative);
