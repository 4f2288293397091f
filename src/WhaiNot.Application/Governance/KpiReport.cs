using WhaiNot.Domain.Kpis;

namespace WhaiNot.Application.Governance;

/// <summary>The KPIs of a period for a team (team lead) or the whole box (DPO), with the stop-signals among them.</summary>
public sealed record KpiReport(DateOnly From, DateOnly To, Guid? TeamId, IReadOnlyList<Kpi> Kpis)
{
    public IReadOnlyList<string> StopSignals => Kpis.Where(k => k.Crossed).Select(k => k.Signal!).ToList();
}
