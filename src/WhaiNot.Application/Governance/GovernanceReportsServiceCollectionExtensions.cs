namespace WhaiNot.Application.Governance;

/// <summary>The client's export, the AI log and the KPIs.</summary>
public static class GovernanceReportsServiceCollectionExtensions
{
    public static IServiceCollection AddGovernanceReports(this IServiceCollection services)
    {
        services.AddSingleton<ClientExportService>();
        services.AddSingleton<AiLogService>();
        services.AddSingleton<KpiService>();
        services.AddSingleton<GovernancePackService>();
        return services;
    }
}
