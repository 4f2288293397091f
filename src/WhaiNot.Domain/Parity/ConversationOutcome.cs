namespace WhaiNot.Domain.Parity;

/// <summary>
/// What the parity figures need to know about one conversation: no content, only ids, the path and
/// the moments that decide how long the client waited.
/// </summary>
/// <param name="ConversationId">The conversation; each conversation appears once in a calculation.</param>
/// <param name="TeamId">The team that held the conversation, for the per-team view.</param>
/// <param name="Path">With AI or along the alternative path (no AI).</param>
/// <param name="ConversationEnded">When the conversation ended; decides the period it belongs to.</param>
/// <param name="Deadline">When the report had to be validated at the latest.</param>
/// <param name="ReportValidated">When the report was validated; <see langword="null"/> while it is still open.</param>
public sealed record ConversationOutcome(
    Guid ConversationId,
    Guid TeamId,
    ReportPath Path,
    DateTimeOffset ConversationEnded,
    DateTimeOffset Deadline,
    DateTimeOffset? ReportValidated);
