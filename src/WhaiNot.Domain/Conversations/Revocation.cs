namespace WhaiNot.Domain.Conversations;

/// <summary>A client withdrew consent: effective at once for every conversation of that client.</summary>
public sealed record Revocation(Guid Id, Guid ClientId, Guid DossierId, RevocationChannel Channel, DateTimeOffset EffectiveAt, Guid RecordedBy, bool LegalHold);
