namespace WhaiNot.Domain.Kpis;

/// <summary>
/// The stop/go thresholds the OCMW sets for the pilot (settings "Appliance:Kpis"). A value above its
/// threshold gives a stop-signal; people decide what happens then, the software never stops itself.
/// </summary>
/// <param name="MaxHoursToValidatedReport">Mean hours from the end of a conversation to its validated report, per path.</param>
/// <param name="MaxEditRatio">Mean edit ratio of validated engine drafts (0 = unchanged, 1 = rewritten).</param>
/// <param name="MaxUnsupportedShare">Share of engine sentences the verifier marked unsupported at generation.</param>
/// <param name="MaxDiscardedShare">Share of decided engine drafts that were discarded.</param>
/// <param name="MaxConsentRate">Share of clients consenting to AI drafting; very high may mean consent is not free.</param>
/// <param name="MaxRefusalRate">Share of clients refusing everything (no recording).</param>
/// <param name="MaxParitySignals">Parity signals (the alternative path worse than the AI path) allowed.</param>
/// <param name="MaxIncidents">Engine drafts flagged as incidents allowed.</param>
public sealed record KpiThresholds(
    double MaxHoursToValidatedReport = 120,
    double MaxEditRatio = 0.5,
    double MaxUnsupportedShare = 0.2,
    double MaxDiscardedShare = 0.3,
    double MaxConsentRate = 0.95,
    double MaxRefusalRate = 0.8,
    int MaxParitySignals = 0,
    int MaxIncidents = 0);
