namespace WhaiNot.Drafting.Evaluation;

/// <summary>The scores of one sample case: section assignment, the verifier on its trap draft (zero without one) and sentence quality.</summary>
public sealed record CaseResult(string Name, string Template, SectionScore Sections, VerifierScore Verifier, SentenceQuality.Score Quality);
