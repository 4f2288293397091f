
using WhaiNot.Domain.Drafts;

namespace WhaiNot.Drafting.Verification;

/// <summary>What the verifier decided about one sentence, with short Dutch reasons when unsupported.</summary>
public sealed record SentenceVerdict(SentenceStatus Status, IReadOnlyList<string> Reasons);
