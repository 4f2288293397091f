using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Reports;

namespace WhaiNot.Appliance.Reports;

/// <summary>A report version with its content, as the API returns it.</summary>
public sealed record ReportView(ReportVersion Version, Draft Content, IReadOnlyList<ReportVersion> History);
