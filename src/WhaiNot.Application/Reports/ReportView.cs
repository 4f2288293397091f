using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Reports;

namespace WhaiNot.Application.Reports;

/// <summary>A report version with its content and history, as the API and the web app show it.</summary>
/// <param name="ValidatorName">Who validated this version (display name), when it is validated.</param>
/// <param name="SourcesRemoved">The transcript was shredded after a revocation: the source ids stay, but point at nothing.</param>
public sealed record ReportView(ReportVersion Version, Draft Content, IReadOnlyList<ReportVersion> History, string? ValidatorName, bool SourcesRemoved, bool Dictation = false);
