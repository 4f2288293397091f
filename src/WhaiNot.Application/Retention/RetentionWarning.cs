namespace WhaiNot.Application.Retention;

/// <summary>A conversation whose audio, transcript and drafts go soon because no report was validated yet.</summary>
public sealed record RetentionWarning(Guid ConversationId, Guid DossierId, string DossierReference, DateTimeOffset DeletedAt, int DaysLeft, string Message);
