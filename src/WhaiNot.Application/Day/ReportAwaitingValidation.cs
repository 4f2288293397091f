namespace WhaiNot.Application.Day;

/// <summary>An ended conversation of the worker whose report is not validated yet, with the Belgian days left to its deadline (negative once passed).</summary>
/// <param name="DraftReportId">The report being written, when one was started.</param>
public sealed record ReportAwaitingValidation(Guid ConversationId, Guid DossierId, string DossierReference, DateTimeOffset Deadline, int DaysLeft, Guid? DraftReportId);
