using System.Globalization;
using WhaiNot.Domain.AiLog;
using WhaiNot.Domain.Conversations;

namespace WhaiNot.Domain.Kpis;

/// <summary>
/// Computes the pilot's KPIs and compares each with its threshold: time to a validated report per
/// path, edit ratio, unsupported share, discarded share, consent and refusal rates, parity signals,
/// incidents. A KPI without data has no value and gives no signal.
/// </summary>
public static class KpiCalculator
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static IReadOnlyList<Kpi> Compute(KpiInputs inputs, KpiThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(thresholds);
        var conversations = inputs.Conversations.Where(c => !c.IsDictation).ToList();
        var decided = inputs.Drafts.Where(d => d.Outcome != AiLogOutcomes.Pending).ToList();
        var validated = decided.Where(d => d.Outcome == AiLogOutcomes.Validated && d.EditRatio is not null).ToList();
        var sentences = inputs.Drafts.Sum(d => d.EngineSentences);
        var withConsent = conversations.Where(c => c.Consent is not null).ToList();
        var incidents = inputs.Drafts.Where(d => d.FlagCategory is not null).ToList();

        return
        [
            Hours("time-to-report-ai", "Tijd tot gevalideerd verslag (met AI)", inputs.Conversations.Where(c => c.Path == ConversationPath.Ai).ToList(), thresholds.MaxHoursToValidatedReport),
            Hours("time-to-report-alternative", "Tijd tot gevalideerd verslag (zonder AI)", inputs.Conversations.Where(c => c.Path == ConversationPath.Alternative).ToList(), thresholds.MaxHoursToValidatedReport),
            Share("edit-ratio", "Gemiddelde bewerkingsgraad van AI-ontwerpen", validated.Count == 0 ? null : validated.Average(d => d.EditRatio!.Value), validated.Count, "gevalideerde ontwerpen", thresholds.MaxEditRatio),
            Share("unsupported-share", "Aandeel zinnen zonder steun in het gesprek (bij het opstellen)", sentences == 0 ? null : (double)inputs.Drafts.Sum(d => d.UnsupportedAtGeneration) / sentences, sentences, "zinnen", thresholds.MaxUnsupportedShare),
            Share("discarded-share", "Aandeel verworpen AI-ontwerpen", decided.Count == 0 ? null : (double)decided.Count(d => d.Outcome == AiLogOutcomes.Discarded) / decided.Count, decided.Count, "besliste ontwerpen", thresholds.MaxDiscardedShare),
            Share("consent-rate", "Aandeel cliënten dat toestemt in AI-hulp", withConsent.Count == 0 ? null : (double)withConsent.Count(c => c.Consent!.AiDrafting) / withConsent.Count, withConsent.Count, "gesprekken", thresholds.MaxConsentRate),
            Share("refusal-rate", "Aandeel cliënten dat alles weigert", withConsent.Count == 0 ? null : (double)withConsent.Count(c => !c.Consent!.Recording) / withConsent.Count, withConsent.Count, "gesprekken", thresholds.MaxRefusalRate),
            Count("parity-signals", "Signalen van ongelijke behandeling (zonder AI trager)", inputs.ParitySignals, thresholds.MaxParitySignals, "signalen"),
            Count("incidents", "Gemelde incidenten met AI-ontwerpen", incidents.Count, thresholds.MaxIncidents, Categories(incidents)),
        ];
    }

    private static Kpi Hours(string id, string label, IReadOnlyList<Conversation> path, double threshold)
    {
        var done = path.Where(c => c.EndedAt is not null && c.ReportValidatedAt is not null).ToList();
        double? mean = done.Count == 0 ? null : Math.Round(done.Average(c => (c.ReportValidatedAt!.Value - c.EndedAt!.Value).TotalHours), 2);
        var display = mean is { } m ? $"{m.ToString("0.#", Dutch)} uur" : "geen gegevens";
        return new Kpi(id, label, mean, display, threshold, done.Count,
            mean > threshold ? Signal(label, display, $"{threshold.ToString("0.#", Dutch)} uur", $"{done.Count} gesprekken met een gevalideerd verslag") : null);
    }

    private static Kpi Share(string id, string label, double? value, int basis, string unit, double threshold)
    {
        // Compared as shown (rounded), so a figure never reads as "33,3% over a 33,3% limit".
        double? rounded = value is { } r ? Math.Round(r, 4) : null;
        var display = rounded is { } v ? Percent(v) : "geen gegevens";
        return new Kpi(id, label, rounded, display, threshold, basis,
            rounded > threshold ? Signal(label, display, Percent(threshold), $"{basis} {unit}") : null);
    }

    private static Kpi Count(string id, string label, int value, int threshold, string basis) =>
        new(id, label, value, value.ToString(Dutch), threshold, value,
            value > threshold ? Signal(label, value.ToString(Dutch), threshold.ToString(Dutch), basis) : null);

    private static string Categories(IReadOnlyList<AiLogEntry> incidents) =>
        incidents.Count == 0 ? "geen meldingen"
        : string.Join(", ", incidents.GroupBy(i => i.FlagCategory!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()}× {(IncidentCategories.All.TryGetValue(g.Key, out var l) ? l.ToLower(Dutch) : g.Key)}"));

    private static string Percent(double share) => (share * 100).ToString("0.#", Dutch) + "%";

    private static string Signal(string label, string value, string threshold, string basis) =>
        $"Stop-signaal: {label} is {value}; de grens is {threshold} ({basis}). Bespreek met het team en de DPO of het gebruik zo doorgaat. Het systeem stopt niet vanzelf: mensen beslissen.";
}
