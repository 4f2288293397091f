using System.ComponentModel.DataAnnotations;
using WhaiNot.Domain.Kpis;

namespace WhaiNot.Application.Settings;

/// <summary>The stop/go thresholds of the pilot's KPIs ("Appliance:Kpis"); see <see cref="KpiThresholds"/>.</summary>
public sealed class KpiOptions
{
    [Range(1, 24 * 365)]
    public double MaxHoursToValidatedReport { get; set; } = 120;

    [Range(0, 1)]
    public double MaxEditRatio { get; set; } = 0.5;

    [Range(0, 1)]
    public double MaxUnsupportedShare { get; set; } = 0.2;

    [Range(0, 1)]
    public double MaxDiscardedShare { get; set; } = 0.3;

    [Range(0, 1)]
    public double MaxConsentRate { get; set; } = 0.95;

    [Range(0, 1)]
    public double MaxRefusalRate { get; set; } = 0.8;

    [Range(0, 1000)]
    public int MaxParitySignals { get; set; }

    [Range(0, 1000)]
    public int MaxIncidents { get; set; }

    /// <summary>Days back the KPIs look when no period is asked for.</summary>
    [Range(1, 366)]
    public int DefaultPeriodDays { get; set; } = 90;

    public KpiThresholds ToThresholds() => new(MaxHoursToValidatedReport, MaxEditRatio, MaxUnsupportedShare, MaxDiscardedShare, MaxConsentRate, MaxRefusalRate, MaxParitySignals, MaxIncidents);
}
