using WhaiNot.Application.Conversations;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Texts;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Day;

/// <summary>
/// Follow-up actions of a dossier: added by hand, or taken over from a validated report's agreements
/// (<see cref="ActionProposals"/>) once the worker confirms them; marked done or reopened.
/// </summary>
public sealed class FollowUpActionService(
    ConversationAccess access,
    FollowUpActionRepository actions,
    ReportRepository reports,
    AuditLog audit,
    TimeProvider time)
{
    /// <exception cref="NotAllowedRefusal">Another team's dossier (audited).</exception>
    /// <exception cref="InvalidRequestRefusal">Nothing to do, or too long.</exception>
    public FollowUpAction Add(UserAccount user, Guid dossierId, ActionActor who, string what, DateOnly? dueOn)
    {
        ArgumentNullException.ThrowIfNull(user);
        var dossier = access.WritableDossier(user, dossierId);
        var action = actions.Add(FollowUpAction.Create(dossier.Id, dossier.TeamId, who, what, dueOn, null, time.GetUtcNow(), user.Id));
        audit.Append(user.Username, AuditAction.ActionCreate, AuditTargets.Action(action.Id), $"dossier={dossier.Id:N}");
        return action;
    }

    /// <exception cref="ConflictRefusal">Already done.</exception>
    public FollowUpAction MarkDone(UserAccount user, Guid actionId)
    {
        var done = actions.Update(Writable(user, actionId).MarkedDone(time.GetUtcNow(), user.Id));
        audit.Append(user.Username, AuditAction.ActionDone, AuditTargets.Action(actionId));
        return done;
    }

    /// <exception cref="ConflictRefusal">Still open.</exception>
    public FollowUpAction Reopen(UserAccount user, Guid actionId)
    {
        var reopened = actions.Update(Writable(user, actionId).Reopened());
        audit.Append(user.Username, AuditAction.ActionReopen, AuditTargets.Action(actionId));
        return reopened;
    }

    public IReadOnlyList<FollowUpAction> ForDossier(UserAccount user, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var dossier = access.WritableDossier(user, dossierId);
        var list = actions.ForDossier(dossier.Id);
        audit.Append(user.Username, AuditAction.ActionRead, AuditTargets.Dossier(dossier.Id), $"{list.Count} actions");
        return list;
    }

    /// <summary>The agreements of a validated report version, offered as actions (nothing is stored).</summary>
    /// <exception cref="NotFoundRefusal">No such report version.</exception>
    /// <exception cref="ConflictRefusal">The version is not validated.</exception>
    public IReadOnlyList<ProposedAction> Proposals(UserAccount user, Guid reportId, int version)
    {
        var (report, content) = ValidatedReport(user, reportId, version);
        var proposals = ActionProposals.From(report, content, actions.ForDossier(report.DossierId));
        audit.Append(user.Username, AuditAction.ReportRead, AuditTargets.Report(reportId, version), $"{proposals.Count} proposed actions");
        return proposals;
    }

    /// <summary>
    /// The actions the worker confirmed from a validated report, all or none: each keeps its source
    /// sentence; a sentence already taken over, or not of the agreements, refuses the lot.
    /// </summary>
    public IReadOnlyList<FollowUpAction> TakeOver(UserAccount user, Guid reportId, int version, IReadOnlyList<ActionConfirmation> confirmations)
    {
        ArgumentNullException.ThrowIfNull(confirmations);
        var (report, content) = ValidatedReport(user, reportId, version);
        var existing = actions.ForDossier(report.DossierId).ToList();
        var now = time.GetUtcNow();
        var taken = new List<FollowUpAction>();
        foreach (var c in confirmations)
        {
            // Asked against the stored and the ones confirmed before it, so one request can't take a sentence twice.
            var action = ActionProposals.TakeOver(report, content, new(reportId, version, c.SectionId, c.SentenceIndex), c.Who, c.What, c.DueOn, existing.Concat(taken), now, user.Id);
            taken.Add(action);
        }

        foreach (var action in taken)
        {
            actions.Add(action);
            audit.Append(user.Username, AuditAction.ActionTakeOver, AuditTargets.Action(action.Id), $"report={reportId:N}:{version};section={action.Source!.SectionId};sentence={action.Source.SentenceIndex}");
        }

        return taken;
    }

    private (ReportVersion Report, Draft Content) ValidatedReport(UserAccount user, Guid reportId, int version)
    {
        ArgumentNullException.ThrowIfNull(user);
        var report = reports.Find(reportId, version) ?? throw new NotFoundRefusal(DayTexts.ReportNotFound);
        access.WritableDossier(user, report.DossierId);
        if (!report.IsValidated)
        {
            throw new ConflictRefusal(DayTexts.ReportNotValidated);
        }

        // Validated content is sealed with the dossier key: it survives a revocation, and so do its proposals.
        return (report, DraftReader.Read(reports.Content(reportId, version), "Het verslag"));
    }

    private FollowUpAction Writable(UserAccount user, Guid actionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var action = actions.Find(actionId) ?? throw new NotFoundRefusal(DayTexts.ActionNotFound);
        access.WritableDossier(user, action.DossierId);
        return action;
    }
}
