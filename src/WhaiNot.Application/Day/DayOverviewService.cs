using Microsoft.Extensions.Options;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Terms;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Day;

/// <summary>
/// A worker's day in one read, audited as one entry. Dossiers have no assigned worker yet, so the
/// legal terms are those of the worker's team; appointments, reports, actions and conversations are
/// the worker's own (planned for, created or started by them).
/// </summary>
public sealed class DayOverviewService(
    AccountRepository accounts,
    DossierRepository dossiers,
    ConversationRepository conversations,
    ConversationKeyVault conversationKeys,
    ReportRepository reports,
    AppointmentRepository appointments,
    FollowUpActionRepository actions,
    ProcedureDatesRepository procedureDates,
    AuditLog audit,
    IOptions<ApplianceOptions> options)
{
    /// <summary>The day of <paramref name="workerId"/> (the caller when null) on the Belgian date <paramref name="date"/>.</summary>
    /// <exception cref="NotAllowedRefusal">Not the caller's own day and not a team lead's view of a worker of the team (audited).</exception>
    /// <exception cref="NotFoundRefusal">A team lead asked for a user that doesn't exist.</exception>
    public DayOverview For(UserAccount caller, Guid? workerId, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var worker = Worker(caller, workerId ?? caller.Id);
        var team = worker.TeamId!.Value;
        var references = dossiers.ReferencesForTeam(team);
        string Reference(Guid dossierId) => references.TryGetValue(dossierId, out var reference) ? reference : "";

        var own = conversations.ListForTeam(team).Where(c => c.CreatedBy == worker.Id).ToList();
        var day = appointments.ForWorkerOn(worker.Id, date)
            .Select(a => new DayAppointment(a, Reference(a.DossierId), a.ConversationId is { } c && !conversationKeys.Exists(c)))
            .ToList();
        var waiting = own.Where(c => c is { EndedAt: not null, ReportDeadline: not null, ReportValidatedAt: null }).ToList();

        // One read of the team's reports instead of one per waiting conversation (the bench: 300 dossiers).
        var drafts = waiting.Count == 0
            ? new Dictionary<Guid, Guid>()
            : reports.ForTeam(team).Where(r => !r.IsValidated).GroupBy(r => r.ConversationId).ToDictionary(g => g.Key, g => g.First().ReportId);
        var toValidate = waiting
            .Select(c => new ReportAwaitingValidation(
                c.Id,
                c.DossierId,
                Reference(c.DossierId),
                c.ReportDeadline!.Value,
                BrusselsTime.DateOf(c.ReportDeadline.Value).DayNumber - date.DayNumber,
                drafts.TryGetValue(c.Id, out var draft) ? draft : null))
            .OrderBy(r => r.Deadline)
            .ToList();
        var due = actions.OpenDueBy(team, date)
            .Where(a => a.CreatedBy == worker.Id)
            .Select(a => new DueAction(a, Reference(a.DossierId), date.DayNumber - a.DueOn!.Value.DayNumber))
            .ToList();
        var warningDays = options.Value.TermWarningDays;
        var terms = procedureDates.ForTeam(team)
            .SelectMany(d => LegalDeadlines.For(d).Where(t => t.NeedsAttention(date, warningDays)).Select(t => new DossierTerm(d.DossierId, Reference(d.DossierId), t, t.DaysLeft(date))))
            .OrderBy(t => t.Term.EndsOn)
            .ToList();
        var since = date.AddDays(-options.Value.RecentConversationDays);
        var recent = own
            .Where(c => c.EndedAt is { } ended && BrusselsTime.DateOf(ended) is var endedOn && endedOn > since && endedOn <= date)
            .OrderByDescending(c => c.EndedAt)
            .Select(c => new RecentConversation(c.Id, c.DossierId, Reference(c.DossierId), c.EndedAt!.Value, c.ReportValidatedAt is not null, !conversationKeys.Exists(c.Id)))
            .ToList();

        audit.Append(caller.Username, AuditAction.DayRead, AuditTargets.User(worker.Id), "date=" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new DayOverview(worker.Id, worker.DisplayName, date, warningDays, day, toValidate, due, terms, recent);
    }

    private UserAccount Worker(UserAccount caller, Guid workerId)
    {
        if (workerId == caller.Id && DayAccess.MaySee(caller, caller))
        {
            return caller;
        }

        // Only a team lead learns whether another account exists; anyone else is refused first.
        var worker = caller.Role == Role.TeamLead && DayAccess.MaySee(caller, caller)
            ? accounts.FindUser(workerId) ?? throw new NotFoundRefusal(DayTexts.UserNotFound)
            : null;
        if (worker is null || !DayAccess.MaySee(caller, worker))
        {
            audit.Append(caller.Username, AuditAction.DayDenied, AuditTargets.User(workerId), "denied");
            throw new NotAllowedRefusal(DayTexts.DayForbidden);
        }

        return worker;
    }
}
