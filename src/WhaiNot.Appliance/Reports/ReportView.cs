using WhaiNot.Domain.Reports;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Appliance.Reports;

/// <summary>A report version with its content, as the API returns it.</summary>
public sealed record ReportView(ReportVersion Version, Draft Content, IReadOnlyList<ReportVersion> History);
