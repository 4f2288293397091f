using WhaiNot.Application.Accounts;
using WhaiNot.Application.Audit;
using WhaiNot.Application.Ocmw;

namespace WhaiNot.Application.SystemInfo;

/// <summary>The services of the roles that never see content: accounts and teams, the audit log, the OCMW profile, the system overview.</summary>
public static class AdministrationServiceCollectionExtensions
{
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<AuditBrowser>();
        services.AddSingleton<OcmwProfileService>();
        services.AddSingleton<SystemOverviewService>();
        services.AddSingleton<DiskSpace>();
        return services;
    }
}
