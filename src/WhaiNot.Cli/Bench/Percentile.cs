namespace WhaiNot.Cli.Bench;

/// <summary>Nearest-rank percentiles: always a value that was measured, never an interpolation.</summary>
internal static class Percentile
{
    public static double? Of(IReadOnlyCollection<double> values, double fraction)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
