using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Terms;

/// <summary>
/// Every legal term the box computes, in one table with its legal reference: when the law changes,
/// this is the one place to change (the Dutch wording is in <see cref="LegalTermTexts"/>). Terms count
/// calendar days from the day after the event (art. 52 Ger.W.); months run "van de zoveelste tot de
/// dag vóór de zoveelste" (art. 54 Ger.W.). Only the appeal to the labour court is a procedural term
/// that art. 53 Ger.W. moves past a weekend or legal holiday; for the OCMW's own administrative terms
/// that is not certain, so the earlier date is shown with a note (docs/legal-terms.md).
/// </summary>
public static class LegalTermRules
{
    private const string RmiWet = "RMI-wet (wet van 26 mei 2002)";
    private const string OcmwWet = "OCMW-wet (wet van 8 juli 1976)";
    private const string Counting = "termijnberekening art. 52–54 Ger.W.";

    public static IReadOnlyList<LegalTermRule> All { get; } =
    [
        new(LegalTermKind.Decision, AidKind.SocialIntegration, TermLength.Days(30), HolidayRule.EarlierDateWhenUnsure, TermParty.Ocmw,
            LegalTermTexts.DecisionTitle, LegalTermTexts.DecisionSocialIntegrationRule, $"art. 21 §1 {RmiWet}"),
        new(LegalTermKind.Decision, AidKind.SocialServices, TermLength.Months(1), HolidayRule.EarlierDateWhenUnsure, TermParty.Ocmw,
            LegalTermTexts.DecisionTitle, LegalTermTexts.DecisionSocialServicesRule, $"art. 58 {OcmwWet}"),
        new(LegalTermKind.Notification, AidKind.SocialIntegration, TermLength.Days(8), HolidayRule.EarlierDateWhenUnsure, TermParty.Ocmw,
            LegalTermTexts.NotificationTitle, LegalTermTexts.NotificationRule, $"art. 21 {RmiWet}"),
        new(LegalTermKind.Notification, AidKind.SocialServices, TermLength.Days(8), HolidayRule.EarlierDateWhenUnsure, TermParty.Ocmw,
            LegalTermTexts.NotificationTitle, LegalTermTexts.NotificationRule, $"art. 62bis {OcmwWet}"),
        new(LegalTermKind.Appeal, AidKind.SocialIntegration, TermLength.Months(3), HolidayRule.NextWorkingDay, TermParty.Client,
            LegalTermTexts.AppealTitle, LegalTermTexts.AppealRule, $"art. 47 §1 {RmiWet}; {Counting}"),
        new(LegalTermKind.Appeal, AidKind.SocialServices, TermLength.Months(3), HolidayRule.NextWorkingDay, TermParty.Client,
            LegalTermTexts.AppealTitle, LegalTermTexts.AppealRule, $"art. 71 {OcmwWet}; {Counting}"),
        new(LegalTermKind.GpmiDrawnUp, AidKind.SocialIntegration, TermLength.Months(3), HolidayRule.EarlierDateWhenUnsure, TermParty.Ocmw,
            LegalTermTexts.GpmiDrawnUpTitle, LegalTermTexts.GpmiDrawnUpRule, $"art. 11 {RmiWet}; KB van 11 juli 2002"),
        new(LegalTermKind.GpmiEvaluation, AidKind.SocialIntegration, TermLength.Months(3), HolidayRule.EarlierDateWhenUnsure, TermParty.Ocmw,
            LegalTermTexts.GpmiEvaluationTitle, LegalTermTexts.GpmiEvaluationRule, $"art. 11 {RmiWet}; KB van 11 juli 2002"),
        new(LegalTermKind.Forwarding, null, TermLength.Days(5), HolidayRule.EarlierDateWhenUnsure, TermParty.Ocmw,
            LegalTermTexts.ForwardingTitle, LegalTermTexts.ForwardingRule, $"art. 18 {RmiWet}; art. 58 {OcmwWet}"),
    ];

    /// <summary>The rule for this term and kind of aid.</summary>
    /// <exception cref="InvalidOperationException">The table has no such rule (a programming error).</exception>
    public static LegalTermRule For(LegalTermKind kind, AidKind? aid) =>
        All.FirstOrDefault(r => r.Kind == kind && (r.Aid is null || r.Aid == aid))
        ?? throw new InvalidOperationException($"No legal term rule for {kind} ({aid}).");
}
