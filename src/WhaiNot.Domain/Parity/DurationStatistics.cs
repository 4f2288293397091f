namespace WhaiNot.Domain.Parity;

/// <summary>Median and percentiles of durations, computed the same way on every machine.</summary>
public static class DurationStatistics
{
    /// <summary>
    /// The usual median: the middle duration of the sorted values, or the mean of the two middle ones
    /// when the count is even. <see langword="null"/> for no values.
    /// </summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan> durations)
    {
        var sorted = Sorted(durations);
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        if (sorted.Length % 2 == 1)
        {
            return sorted[middle];
        }

        // Halve each before adding so two very long durations cannot overflow the tick count.
        var lower = sorted[middle - 1].Ticks;
        var upper = sorted[middle].Ticks;
        return TimeSpan.FromTicks((lower / 2) + (upper / 2) + (((lower % 2) + (upper % 2)) / 2));
    }

    /// <summary>
    /// The percentile by the nearest-rank method: sort the n values ascending and take the one at
    /// rank ⌈<paramref name="percentile"/> / 100 × n⌉ (1-based). The result is always a duration that
    /// actually occurred, and no interpolation rule has to be agreed on. For ten values the
    /// 90th percentile is the 9th smallest, for eleven the 10th. <see langword="null"/> for no values.
    /// </summary>
    /// <param name="durations">The durations; order does not matter.</param>
    /// <param name="percentile">Greater than 0 and at most 100.</param>
    public static TimeSpan? NearestRankPercentile(IEnumerable<TimeSpan> durations, double percentile)
    {
        if (!double.IsFinite(percentile) || percentile <= 0 || percentile > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "A percentile is greater than 0 and at most 100.");
        }

        var sorted = Sorted(durations);
        if (sorted.Length == 0)
        {
            return null;
        }

        // Decimal keeps p/100 × n exact (0.9 × 20 is 18, not 18.000000000000004 rounded up to 19).
        var rank = (int)Math.Ceiling((decimal)percentile * sorted.Length / 100m);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static TimeSpan[] Sorted(IEnumerable<TimeSpan> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        var sorted = durations.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
