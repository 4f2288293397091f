
using WhaiNot.Domain.Drafts;

namespace WhaiNot.Drafting.Verification;

/// <summary>The verdict on one sentence, addressed by section id and 0-based position in that section.</summary>
public sealed record VerificationEntry(string Section, int Index, SentenceStatus Status, IReadOnlyList<string> Reasons);
