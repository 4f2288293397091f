namespace WhaiNot.Application.Retention;

/// <summary>Governance: the retention schedule and its daily job.</summary>
public static class GovernanceServiceCollectionExtensions
{
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddSingleton<RetentionService>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
