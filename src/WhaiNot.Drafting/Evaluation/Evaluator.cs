using WhaiNot.Domain.Drafts;
using WhaiNot.Drafting.Templates;
using WhaiNot.Drafting.Verification;

namespace WhaiNot.Drafting.Evaluation;

/// <summary>
/// Computes the metrics of tests/data/samples/reference/README.md: section precision, recall and F1 of the
/// engine's draft against the gold labels (TP, |D|, |G| summed over cases before dividing), and
/// the verifier's trap recall and false-flag rate on each trap draft, also per trap kind.
/// </summary>
public sealed class Evaluator(TemplateLibrary templates, IDraftEngine engine, SourceVerifier verifier)
{
    public async Task<EvaluationResult> RunAsync(IReadOnlyList<SampleCase> cases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var results = new List<CaseResult>();
        foreach (var sample in cases)
        {
            var template = templates.Find(sample.Template.Id, sample.Template.Version);
            var draft = await engine.DraftAsync(template, sample.Transcript, cancellationToken);
            results.Add(new CaseResult(sample.Name, template.Id, ScoreSections(draft, sample.Gold), ScoreVerifier(sample), SentenceQuality.Check(draft)));
        }

        return new EvaluationResult(
            results,
            results.Aggregate(SectionScore.Zero, (sum, r) => sum.Add(r.Sections)),
            results.Aggregate(VerifierScore.Zero, (sum, r) => sum.Add(r.Verifier)),
            results.Aggregate(SentenceQuality.Score.Zero, (sum, r) => sum.Add(r.Quality)));
    }

    public static SectionScore ScoreSections(Draft draft, IReadOnlyList<GoldLabel> gold)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(gold);
        var goldPairs = gold.SelectMany(l => l.Sections.Select(s => (l.Segment, s))).ToHashSet();
        var draftPairs = draft.Sections.SelectMany(s => s.Sentences.SelectMany(x => x.Sources.Select(id => (id, s.Id)))).ToHashSet();
        return new SectionScore(goldPairs.Intersect(draftPairs).Count(), draftPairs.Count, goldPairs.Count);
    }

    private VerifierScore ScoreVerifier(SampleCase sample)
    {
        if (sample.TrapDraft is null)
        {
            return VerifierScore.Zero;
        }

        var report = verifier.Report(sample.TrapDraft, sample.Transcript);
        var flagged = report.Sentences.Where(e => e.Status == SentenceStatus.Unsupported).Select(e => (e.Section, e.Index)).ToHashSet();
        var kinds = new SortedDictionary<string, (int Traps, int Flagged)>(StringComparer.Ordinal);
        int traps = 0, flaggedTraps = 0, correct = 0, flaggedCorrect = 0;
        foreach (var mark in sample.Traps)
        {
            var isFlagged = flagged.Contains((mark.Section, mark.Index));
            if (mark.IsTrap)
            {
                traps++;
                flaggedTraps += isFlagged ? 1 : 0;
                var kind = mark.Kind ?? "?";
                var current = kinds.GetValueOrDefault(kind);
                kinds[kind] = (current.Traps + 1, current.Flagged + (isFlagged ? 1 : 0));
            }
            else
            {
                correct++;
                flaggedCorrect += isFlagged ? 1 : 0;
            }
        }

        return new VerifierScore(traps, flaggedTraps, correct, flaggedCorrect, kinds);
    }
}
