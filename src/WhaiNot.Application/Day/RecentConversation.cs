namespace WhaiNot.Application.Day;

/// <summary>A conversation of the worker that ended in the last days.</summary>
/// <param name="TranscriptDestroyed">A revocation destroyed its recording and transcript.</param>
public sealed record RecentConversation(Guid ConversationId, Guid DossierId, string DossierReference, DateTimeOffset EndedAt, bool ReportValidated, bool TranscriptDestroyed);
