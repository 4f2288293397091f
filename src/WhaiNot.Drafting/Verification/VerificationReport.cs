namespace WhaiNot.Drafting.Verification;

/// <summary>What `whainot verify` prints: one entry per sentence, in draft order.</summary>
public sealed record VerificationReport(IReadOnlyList<VerificationEntry> Sentences);
