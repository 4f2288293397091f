namespace WhaiNot.Drafting.Evaluation;

/// <summary>Scores per case and summed over all cases.</summary>
public sealed record EvaluationResult(IReadOnlyList<CaseResult> Cases, SectionScore Sections, VerifierScore Verifier);
