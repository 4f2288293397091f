using WhaiNot.Application.Settings;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Parity;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Conversations;

/// <summary>Equal service, measured: the team's conversations with and without AI, side by side; and the box-wide consent figures for the DPO.</summary>
public sealed class ParityService(ConversationRepository conversations, AuditLog audit, TimeProvider time, ApplianceTimeZone timeZone)
{
    /// <summary>The parity report of the team lead's own team over a period, audited.</summary>
    public ParityReport ForTeamLead(UserAccount user, string? from, string? to)
    {
        var period = TeamLeadPeriod.Read(user, from, to);
        audit.Append(user.Username, AuditAction.ParityRead, "team:" + period.Team.ToString("N"));
        return ForTeam(period.Team, period.From, period.To);
    }

    public ParityReport ForTeam(Guid teamId, DateOnly from, DateOnly to)
    {
        var outcomes = conversations.ListForTeam(teamId)
            .Where(c => c.EndedAt is not null && c.ReportDeadline is not null)
            .Select(c => new ConversationOutcome(
                c.Id,
                c.TeamId,
                c.Path == ConversationPath.Ai ? ReportPath.Ai : ReportPath.Alternative,
                c.EndedAt!.Value,
                c.ReportDeadline!.Value,
                c.ReportValidatedAt));
        return ParityCalculator.Calculate(outcomes, from, to, time.GetUtcNow(), timeZone.Zone, teamId: teamId);
    }

    /// <summary>How often clients consent per scope, and how many revoked: counts only, no dossier.</summary>
    public ConsentFigures ConsentStatistics()
    {
        var (decisions, revocations) = conversations.ConsentCounts();
        return ConsentStatisticsCalculator.Calculate(decisions, revocations);
    }
}
