namespace WhaiNot.Drafting.Evaluation;

/// <summary>Scores per case and summed over all cases; <see cref="ByTemplate"/> sums the section scores per template.</summary>
public sealed record EvaluationResult(IReadOnlyList<CaseResult> Cases, SectionScore Sections, VerifierScore Verifier, SentenceQuality.Score Quality)
{
    public IReadOnlyList<(string Template, SectionScore Sections, SentenceQuality.Score Quality)> ByTemplate =>
    [
        .. Cases.GroupBy(c => c.Template, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Aggregate(SectionScore.Zero, (sum, r) => sum.Add(r.Sections)), g.Aggregate(SentenceQuality.Score.Zero, (sum, r) => sum.Add(r.Quality)))),
    ];
}
