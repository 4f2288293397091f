namespace WhaiNot.Domain.Reports;

/// <summary>A report version is a draft until a worker validates it; a validated version never changes again.</summary>
public enum ReportStatus
{
    Draft,
    Validated,
}
