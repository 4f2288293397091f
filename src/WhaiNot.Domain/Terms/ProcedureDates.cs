using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Terms;

/// <summary>
/// The dates of a dossier's procedure as the worker enters them (Belgian calendar dates). The legal
/// terms are computed from these and nothing else; a date left empty means that step hasn't happened.
/// </summary>
/// <param name="Aid">The kind of aid asked for; it decides the decision term and the legal sources.</param>
/// <param name="AidRequestedOn">The day the request was received (registered); it starts the decision term.</param>
/// <param name="DecidedOn">The day the BCSD decided.</param>
/// <param name="NotifiedOn">The day the decision was notified to the client; it starts the appeal term.</param>
/// <param name="GrantedOn">The day the integration income was granted; it starts the GPMI term.</param>
/// <param name="GpmiExempt">No GPMI for health or equity reasons (art. 13 RMI-wet): no GPMI terms.</param>
/// <param name="GpmiSignedOn">The day the GPMI was drawn up and signed.</param>
/// <param name="GpmiEvaluatedOn">The day of the latest GPMI evaluation.</param>
/// <param name="NotCompetent">This OCMW is not competent for the request and must forward it.</param>
/// <param name="ForwardedOn">The day the request was forwarded to the competent OCMW.</param>
public sealed record ProcedureDates(
    Guid DossierId,
    AidKind? Aid = null,
    DateOnly? AidRequestedOn = null,
    DateOnly? DecidedOn = null,
    DateOnly? NotifiedOn = null,
    DateOnly? GrantedOn = null,
    bool GpmiExempt = false,
    DateOnly? GpmiSignedOn = null,
    DateOnly? GpmiEvaluatedOn = null,
    bool NotCompetent = false,
    DateOnly? ForwardedOn = null)
{
    /// <summary>Checks that the dates tell a possible story: nothing in the future, every step after the one it follows.</summary>
    /// <exception cref="InvalidRequestRefusal">The first problem found, in Dutch.</exception>
    public ProcedureDates Checked(DateOnly today)
    {
        if (Problem(today) is { } problem)
        {
            throw new InvalidRequestRefusal(problem);
        }

        return this;
    }

    private string? Problem(DateOnly today)
    {
        DateOnly?[] all = [AidRequestedOn, DecidedOn, NotifiedOn, GrantedOn, GpmiSignedOn, GpmiEvaluatedOn, ForwardedOn];
        if (all.FirstOrDefault(d => d > today) is { } future)
        {
            return LegalTermTexts.InTheFuture(future);
        }

        if (Aid is null && (AidRequestedOn ?? DecidedOn ?? NotifiedOn ?? GrantedOn) is not null)
        {
            return LegalTermTexts.AidKindMissing;
        }

        return (this switch
        {
            { NotifiedOn: not null, DecidedOn: null } => LegalTermTexts.NotificationWithoutDecision,
            _ when NotifiedOn < DecidedOn => LegalTermTexts.NotifiedBeforeDecision,
            _ when DecidedOn < AidRequestedOn => LegalTermTexts.DecisionBeforeRequest,
            _ when GrantedOn < AidRequestedOn => LegalTermTexts.GrantBeforeRequest,
            _ when ForwardedOn is not null && !NotCompetent => LegalTermTexts.ForwardedWhileCompetent,
            _ when ForwardedOn < AidRequestedOn => LegalTermTexts.ForwardedBeforeRequest,
            _ when (GpmiSignedOn ?? GpmiEvaluatedOn) is not null && Aid != AidKind.SocialIntegration => LegalTermTexts.GpmiWithoutSocialIntegration,
            { GpmiEvaluatedOn: not null, GpmiSignedOn: null } => LegalTermTexts.EvaluatedBeforeGpmi,
            _ when GpmiEvaluatedOn < GpmiSignedOn => LegalTermTexts.EvaluatedBeforeGpmi,
            _ => null,
        });
    }
}
