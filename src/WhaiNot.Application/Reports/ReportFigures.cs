using WhaiNot.Application.Conversations;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Reports;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Reports;

/// <summary>
/// What a team lead needs to see whether drafts help and whether anyone waits: per validated report
/// the edit ratio, the unsupported sentences in the engine's draft and the time from the end of the
/// conversation to validation, with medians per path. Numbers only, no content.
/// </summary>
public sealed class ReportFigures(ReportRepository reports, ConversationRepository conversations, AuditLog audit, ApplianceTimeZone timeZone)
{
    /// <summary>The figures of the team lead's own team over whole days of the box's time zone, audited.</summary>
    public TeamReportFigures ForTeamLead(UserAccount user, string? from, string? to)
    {
        var period = TeamLeadPeriod.Read(user, from, to);
        audit.Append(user.Username, AuditAction.ReportFigures, "team:" + period.Team.ToString("N"));
        return ForTeam(period.Team, timeZone.StartOf(period.From), timeZone.StartOf(period.To.AddDays(1)));
    }

    private TeamReportFigures ForTeam(Guid teamId, DateTimeOffset from, DateTimeOffset to)
    {
        // One row per report, counted in the period of its first validation: a revision is the same
        // report corrected, not a second one. The figures describe the engine's draft becoming a report
        // (that first validation); "version" says how far the report has been revised since.
        var rows = reports.ForTeam(teamId)
            .Select(latest => reports.Versions(latest.ReportId).Where(v => v.IsValidated).OrderBy(v => v.Version).ToList())
            .Where(validated => validated.Count > 0 && validated[0].ValidatedAt >= from && validated[0].ValidatedAt < to)
            .Select(validated => (Version: validated[0], LatestVersion: validated[^1].Version, Ended: conversations.Find(validated[0].ConversationId)?.EndedAt))
            .OrderBy(r => r.Version.ValidatedAt)
            .ToList();

        static double? Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        double? HoursToValidation(ReportVersion v, DateTimeOffset? ended) => ended is { } end ? Math.Round((v.ValidatedAt!.Value - end).TotalHours, 1) : null;

        var ai = rows.Where(r => r.Version.Engine.UsesAi).ToList();
        var engineSentences = ai.Sum(r => r.Version.EngineSentences);
        var reportFigures = rows.Select(r => new ValidatedReportFigures(
            r.Version.ReportId,
            r.LatestVersion,
            r.Version.Engine.UsesAi ? "ai" : "alternative",
            r.Version.Engine.Name,
            r.Version.TemplateId,
            r.Version.EditRatio,
            r.Version.EngineSentences,
            r.Version.UnsupportedAtGeneration,
            HoursToValidation(r.Version, r.Ended))).ToList();
        var summary = new ReportFiguresSummary(
            rows.Count,
            ai.Count,
            rows.Count - ai.Count,
            Median(ai.Where(r => r.Version.EditRatio is not null).Select(r => r.Version.EditRatio!.Value)),
            engineSentences == 0 ? null : Math.Round((double)ai.Sum(r => r.Version.UnsupportedAtGeneration) / engineSentences, 4),
            Median(ai.Select(r => HoursToValidation(r.Version, r.Ended)).OfType<double>()),
            Median(rows.Except(ai).Select(r => HoursToValidation(r.Version, r.Ended)).OfType<double>()));
        return new TeamReportFigures(from, to, reportFigures, summary);
    }
}
