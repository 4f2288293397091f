namespace WhaiNot.Domain.Conversations;

/// <summary>
/// One conversation with a client. It starts with no consent: consent never carries over from an
/// earlier conversation, and a conversation without consent follows the alternative path.
/// </summary>
public sealed record Conversation(
    Guid Id,
    Guid DossierId,
    Guid ClientId,
    Guid TeamId,
    DateTimeOffset CreatedAt,
    Guid CreatedBy,
    ConsentChoice? Consent,
    DateTimeOffset? EndedAt,
    DateTimeOffset? ReportDeadline = null,
    DateTimeOffset? ReportValidatedAt = null)
{
    public ConversationPath Path => Consent?.AiDrafting == true ? ConversationPath.Ai : ConversationPath.Alternative;
}
