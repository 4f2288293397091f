namespace WhaiNot.Application.Reports;

/// <summary>A conversation of the team that ended and whose report is not validated yet, with the calendar days left to its deadline (negative once late).</summary>
/// <param name="DraftReportId">The report being written, when one was started.</param>
public sealed record OpenReport(Guid ConversationId, Guid DossierId, string DossierReference, string WorkerName, DateTimeOffset EndedAt, DateTimeOffset Deadline, int DaysLeft, Guid? DraftReportId);
