using WhaiNot.Domain.Retention;

namespace WhaiNot.Application.Retention;

/// <summary>The retention schedule as configured, when the daily job last ran, and what waits for the DPO.</summary>
/// <param name="PendingDeletions">Deletions an interrupted run began; the next run finishes them.</param>
public sealed record RetentionOverview(RetentionPolicy Schedule, DateTimeOffset? LastRun, int PendingDeletions, IReadOnlyList<ReportDueForDeletion> ReportsDue);
