namespace WhaiNot.Cli.Bench;

/// <summary>p50 and p95 of a set of latencies in seconds, and how many there were.</summary>
internal sealed record LatencySummary(int Count, double? P50Seconds, double? P95Seconds)
{
    public static LatencySummary Of(IReadOnlyCollection<double> seconds) =>
        new(seconds.Count, StreamBenchReport.Round(Percentile.Of(seconds, 0.5)), StreamBenchReport.Round(Percentile.Of(seconds, 0.95)));

    public string Describe() => $"p50 {Milliseconds(P50Seconds)} · p95 {Milliseconds(P95Seconds)} ({Count} events)";

    private static string Milliseconds(double? seconds) => seconds is { } s ? Dutch.Format($"{s * 1000:0} ms") : "–";
}
