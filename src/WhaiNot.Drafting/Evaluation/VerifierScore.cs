namespace WhaiNot.Drafting.Evaluation;

/// <summary>
/// The verifier on a trap draft: a sentence counts as flagged when its status is unsupported (a
/// sentence missing from the output counts as not flagged). Per trap kind too.
/// </summary>
public sealed record VerifierScore(int Traps, int FlaggedTraps, int Correct, int FlaggedCorrect, IReadOnlyDictionary<string, (int Traps, int Flagged)> ByKind)
{
    public static VerifierScore Zero { get; } = new(0, 0, 0, 0, new Dictionary<string, (int, int)>());

    public double TrapRecall => Traps == 0 ? 0 : (double)FlaggedTraps / Traps;

    public double FalseFlagRate => Correct == 0 ? 0 : (double)FlaggedCorrect / Correct;

    public VerifierScore Add(VerifierScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var kinds = new SortedDictionary<string, (int Traps, int Flagged)>(StringComparer.Ordinal);
        foreach (var (kind, value) in ByKind.Concat(other.ByKind))
        {
            var current = kinds.GetValueOrDefault(kind);
            kinds[kind] = (current.Traps + value.Traps, current.Flagged + value.Flagged);
        }

        return new VerifierScore(Traps + other.Traps, FlaggedTraps + other.FlaggedTraps, Correct + other.Correct, FlaggedCorrect + other.FlaggedCorrect, kinds);
    }
}
