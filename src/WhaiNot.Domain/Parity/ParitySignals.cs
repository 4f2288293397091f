namespace WhaiNot.Domain.Parity;

/// <summary>Turns two sets of path figures into the Dutch sentences a team lead reads.</summary>
internal static class ParitySignals
{
    // A ratio beyond this never triggers on real waits anyway; capping it keeps the decimal product in range.
    private const double MaximumEffectiveRatio = 1_000_000;

    public static IReadOnlyList<string> Compare(PathFigures ai, PathFigures alternative, ParityThresholds thresholds)
    {
        if (ai.Conversations < thresholds.MinimumConversations || alternative.Conversations < thresholds.MinimumConversations)
        {
            return [$"Te weinig gesprekken om te vergelijken ({DutchFormat.Count(ai.Conversations)} met AI, {DutchFormat.Count(alternative.Conversations)} zonder)."];
        }

        var signals = new List<string>();
        if (IsSlower(alternative.MedianToValidation, ai.MedianToValidation, thresholds.MedianRatio, out var medianWithout, out var medianWith))
        {
            var (textWithout, textWith) = DutchFormat.DurationPair(medianWithout, medianWith);
            signals.Add($"Gesprekken zonder AI wachten langer op een gevalideerd verslag: mediaan {textWithout} tegenover {textWith} met AI.");
        }

        if (IsSlower(alternative.Percentile90ToValidation, ai.Percentile90ToValidation, thresholds.Percentile90Ratio, out var tailWithout, out var tailWith))
        {
            var (textWithout, textWith) = DutchFormat.DurationPair(tailWithout, tailWith);
            signals.Add($"De langste wachttijden zonder AI liggen hoger: 90e percentiel {textWithout} tegenover {textWith} met AI.");
        }

        if (IsLessOnTime(alternative, ai, thresholds.OnTimeGapPercentagePoints)
            && alternative.OnTimeShare is { } shareWithout
            && ai.OnTimeShare is { } shareWith)
        {
            signals.Add($"Minder verslagen zonder AI op tijd: {DutchFormat.Percent(shareWithout)} tegenover {DutchFormat.Percent(shareWith)} met AI.");
        }

        return signals.AsReadOnly();
    }

    private static bool IsSlower(TimeSpan? alternative, TimeSpan? ai, double ratio, out TimeSpan slower, out TimeSpan faster)
    {
        slower = alternative.GetValueOrDefault();
        faster = ai.GetValueOrDefault();
        if (alternative is null || ai is null || slower <= faster)
        {
            return false;
        }

        // Decimal, not double: 1.1 × 10 days must equal 11 days exactly, or a boundary case flips.
        var threshold = (decimal)faster.Ticks * (decimal)Math.Min(ratio, MaximumEffectiveRatio);
        return slower.Ticks >= threshold;
    }

    private static bool IsLessOnTime(PathFigures alternative, PathFigures ai, double gapPercentagePoints)
    {
        // Judged reports are those validated plus those open and overdue, which is ValidatedOnTime + Late.
        // Working on the counts instead of the rounded shares keeps "exactly 10 points" exact.
        long onTimeWithout = alternative.ValidatedOnTime;
        long judgedWithout = alternative.ValidatedOnTime + (long)alternative.Late;
        long onTimeWith = ai.ValidatedOnTime;
        long judgedWith = ai.ValidatedOnTime + (long)ai.Late;
        if (judgedWithout == 0 || judgedWith == 0)
        {
            return false;
        }

        // (with − without) × 100 ≥ gap, multiplied through by both denominators.
        var difference = 100m * ((onTimeWith * judgedWithout) - (onTimeWithout * judgedWith));
        return difference > 0 && difference >= (decimal)gapPercentagePoints * judgedWithout * judgedWith;
    }
}
