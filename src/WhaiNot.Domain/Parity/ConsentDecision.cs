namespace WhaiNot.Domain.Parity;

/// <summary>One consent choice a client made for a conversation; ids and yes/no only, never content.</summary>
/// <param name="ConversationId">The conversation the choice applies to.</param>
/// <param name="RecordedAt">When the choice was recorded; the latest choice per conversation counts.</param>
/// <param name="Recording">Whether the conversation may be recorded.</param>
/// <param name="Transcription">Whether the recording may be transcribed.</param>
/// <param name="AiDrafting">Whether AI may draft the report.</param>
public sealed record ConsentDecision(Guid ConversationId, DateTimeOffset RecordedAt, bool Recording, bool Transcription, bool AiDrafting);
