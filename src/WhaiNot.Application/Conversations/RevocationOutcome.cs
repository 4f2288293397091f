using WhaiNot.Domain.Conversations;

namespace WhaiNot.Application.Conversations;

/// <summary>What a revocation did: for the API answer, the audit log and the confirmation letter.</summary>
public sealed record RevocationOutcome(Revocation Revocation, int Conversations, int KeysDestroyed, int WorkStopped, bool LegalHold);
