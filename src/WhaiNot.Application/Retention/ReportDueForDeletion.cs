namespace WhaiNot.Application.Retention;

/// <summary>A validated report past the OCMW's retention term: only the DPO's confirmation deletes it.</summary>
public sealed record ReportDueForDeletion(Guid ReportId, Guid DossierId, DateTimeOffset ValidatedAt, DateTimeOffset DueAt, bool LegalHold);
