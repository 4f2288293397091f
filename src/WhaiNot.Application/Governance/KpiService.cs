using System.Globalization;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.AiLog;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Kpis;
using WhaiNot.Domain.Parity;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Governance;

/// <summary>
/// The KPIs with stop/go thresholds for the team lead (own team) and the DPO (all teams), and the
/// worker's incident flag on an engine draft (a category, no free text). Every crossed threshold is
/// logged in the audit log with its figures; nothing stops by itself.
/// </summary>
public sealed class KpiService(
    ConversationAccess access,
    ConversationRepository conversations,
    ReportRepository reports,
    AiLogStore aiLog,
    ParityService parity,
    AuditLog audit,
    TimeProvider time,
    ApplianceTimeZone timeZone,
    IOptions<ApplianceOptions> options)
{
    /// <exception cref="InvalidRequestRefusal">A date that is not yyyy-MM-dd, or a period that ends before it starts.</exception>
    /// <exception cref="NotAllowedRefusal">A role without the KPIs, or a team lead without a team.</exception>
    public KpiReport For(UserAccount user, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Disabled || !AccessPolicy.Has(user.Role, Permission.ReadKpis))
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), timeZone.Zone).DateTime);
        var end = Day(to) ?? today;
        var start = Day(from) ?? end.AddDays(-options.Value.Kpis.DefaultPeriodDays + 1);
        if (end < start)
        {
            throw new InvalidRequestRefusal("Het einde van de periode ligt vóór het begin.");
        }

        Guid? team = user.Role == Role.Dpo ? null : user.TeamId ?? throw new NotAllowedRefusal(AccessTexts.Forbidden);
        var (startUtc, endUtc) = (Utc(start), Utc(end.AddDays(1)));
        var inPeriod = (team is { } t ? conversations.ListForTeam(t) : conversations.ListAll())
            .Where(c => (c.EndedAt ?? c.CreatedAt) >= startUtc && (c.EndedAt ?? c.CreatedAt) < endUtc)
            .ToList();
        var drafts = aiLog.Between(startUtc, endUtc).Where(d => team is null || d.TeamId == team).ToList();
        var teams = team is { } only ? [only] : inPeriod.Select(c => c.TeamId).Distinct().ToList();
        var paritySignals = teams.Sum(id => RealSignals(parity.ForTeam(id, start, end)));
        var report = new KpiReport(start, end, team, KpiCalculator.Compute(new KpiInputs(inPeriod, drafts, paritySignals), options.Value.Kpis.ToThresholds()));

        var scope = team is { } s2 ? "team:" + s2.ToString("N") : null;
        audit.Append(user.Username, AuditAction.KpiRead, scope, $"from={start:yyyy-MM-dd};to={end:yyyy-MM-dd};stopSignals={report.StopSignals.Count}");
        foreach (var kpi in report.Kpis.Where(k => k.Crossed))
        {
            audit.Append(user.Username, AuditAction.KpiStopSignal, scope,
                $"kpi={kpi.Id};value={kpi.Value?.ToString(CultureInfo.InvariantCulture)};threshold={kpi.Threshold.ToString(CultureInfo.InvariantCulture)};basis={kpi.Basis};from={start:yyyy-MM-dd};to={end:yyyy-MM-dd}");
        }

        return report;
    }

    /// <summary>A worker flags an engine draft of the own team as an incident, with a category from the fixed list.</summary>
    /// <exception cref="InvalidRequestRefusal">An unknown category.</exception>
    /// <exception cref="ConflictRefusal">Not an engine draft (a report written by hand has no AI log entry).</exception>
    public AiLogEntry Flag(UserAccount user, Guid reportId, string? category)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!IncidentCategories.IsKnown(category))
        {
            throw new InvalidRequestRefusal("Kies een categorie: " + string.Join(", ", IncidentCategories.All.Keys) + ".");
        }

        var latest = reports.Latest(reportId) ?? throw new NotFoundRefusal(AccessTexts.ReportNotFound);
        access.WritableConversation(user, latest.ConversationId);
        var entry = aiLog.Find(reportId) ?? throw new ConflictRefusal("Alleen een ontwerp dat een engine schreef, kan als incident gemeld worden.");
        var flagged = entry with { FlagCategory = category };
        aiLog.Update(flagged);
        audit.Append(user.Username, AuditAction.ReportFlag, AuditTargets.Conversation(latest.ConversationId), $"report={reportId:N};category={category}");
        return flagged;
    }

    /// <summary>The parity report's signals, without its note that there were too few conversations to compare.</summary>
    private static int RealSignals(ParityReport report) =>
        report.Ai.Conversations < ParityThresholds.Default.MinimumConversations || report.Alternative.Conversations < ParityThresholds.Default.MinimumConversations
            ? 0
            : report.Signals.Count;

    private DateTimeOffset Utc(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, timeZone.Zone.GetUtcOffset(local));
    }

    private static DateOnly? Day(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidRequestRefusal($"'{value}' is geen datum; schrijf ze als 2026-05-01.");
    }
}
