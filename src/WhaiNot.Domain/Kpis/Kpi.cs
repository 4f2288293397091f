namespace WhaiNot.Domain.Kpis;

/// <summary>One KPI over a period: its value (null without data), the threshold, and the stop-signal when crossed.</summary>
/// <param name="Id">Stable name (API, log).</param>
/// <param name="Basis">How many items the value rests on (conversations, drafts, sentences).</param>
/// <param name="Signal">The plain Dutch stop-signal with the figures, or null when within the threshold.</param>
public sealed record Kpi(string Id, string Label, double? Value, string Display, double Threshold, int Basis, string? Signal)
{
    public bool Crossed => Signal is not null;
}
