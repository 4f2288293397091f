namespace WhaiNot.Drafting.Evaluation;

/// <summary>The scores of one sample case.</summary>
public sealed record CaseResult(string Name, SectionScore Sections, VerifierScore Verifier);
