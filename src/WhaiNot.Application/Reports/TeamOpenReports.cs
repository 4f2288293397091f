using WhaiNot.Application.Settings;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Reports;

/// <summary>
/// The team lead's list of reports still waiting for validation in their team, by deadline: who
/// holds each one and how many days are left. References and names only, no content; audited.
/// </summary>
public sealed class TeamOpenReports(ConversationRepository conversations, DossierRepository dossiers, AccountRepository accounts, ReportRepository reports, AuditLog audit, TimeProvider time, ApplianceTimeZone timeZone)
{
    /// <exception cref="NotAllowedRefusal">The caller is not a team lead of a team.</exception>
    public IReadOnlyList<OpenReport> For(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Disabled || user.Role != Role.TeamLead || user.TeamId is not { } team)
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        var references = dossiers.ReferencesForTeam(team);
        var names = new Dictionary<Guid, string>();
        string Name(Guid id) => names.TryGetValue(id, out var name) ? name : names[id] = accounts.FindUser(id)?.DisplayName ?? "";
        var today = DayOf(time.GetUtcNow());
        var open = conversations.ListForTeam(team)
            .Where(c => c is { EndedAt: not null, ReportDeadline: not null, ReportValidatedAt: null })
            .Select(c => new OpenReport(
                c.Id,
                c.DossierId,
                references.GetValueOrDefault(c.DossierId, ""),
                Name(c.CreatedBy),
                c.EndedAt!.Value,
                c.ReportDeadline!.Value,
                DayOf(c.ReportDeadline.Value).DayNumber - today.DayNumber,
                reports.ForConversation(c.Id).Where(r => !r.IsValidated).Select(r => (Guid?)r.ReportId).FirstOrDefault()))
            .OrderBy(r => r.Deadline)
            .ToList();
        audit.Append(user.Username, AuditAction.OpenReportsRead, "team:" + team.ToString("N"));
        return open;
    }

    private DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, timeZone.Zone).DateTime);
}
