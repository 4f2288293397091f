using WhaiNot.Application.Governance;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Appliance.Tests.Governance;

/// <summary>
/// The second guard of the governance screens: the services they call check the role themselves
/// (the page's [Authorize] is the first), so only the DPO gets the schedule overview, the AI log
/// and the register, and each read is audited.
/// </summary>
public sealed class GovernanceScreenChecksTests : IDisposable
{
    private readonly GovernanceBox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void Overview_ForTheDpo_ShouldShowTheScheduleAndTheReportsDue_AndBeAudited()
    {
        var dossier = _box.Dossier("Els Janssens", "85072012345");
        var report = _box.ValidatedReport(_box.Conversation(dossier, "Ik woon in Leuven."), "Mevrouw woont in Leuven.");
        _box.Clock.Advance(TimeSpan.FromDays(365 * 11));
        _box.Retention.Run();

        var overview = _box.Retention.Overview(_box.Dpo);

        Assert.Equal(30, overview.Schedule.AudioMaxDays);
        Assert.Equal(_box.Clock.GetUtcNow(), overview.LastRun);
        Assert.Equal(report.ReportId, Assert.Single(overview.ReportsDue).ReportId);
        Assert.Contains(_box.Store.Audit.Read(0, 10_000), e => e.Action == AuditAction.RetentionRead && e.Actor == _box.Dpo.Username && e.Outcome == "reportsDue=1");
    }

    [Fact]
    public void Overview_AiLogAndRegister_ForATeamRole_ShouldBeRefused()
    {
        var log = new AiLogService(_box.Store.AiLog, _box.Store.Audit);
        foreach (var user in new[] { _box.Worker, _box.Lead })
        {
            Assert.Throws<NotAllowedRefusal>(() => _box.Retention.Overview(user));
            Assert.Throws<NotAllowedRefusal>(() => log.Export(user, null, null, "csv"));
            Assert.Throws<NotAllowedRefusal>(() => log.Register(user));
        }

        Assert.DoesNotContain(_box.Store.Audit.Read(0, 10_000), e => e.Action is AuditAction.RetentionRead or AuditAction.AiLogExport);
        Assert.Empty(log.Register(_box.Dpo));
        Assert.Empty(log.Export(_box.Dpo, null, null, "screen"));
    }
}
