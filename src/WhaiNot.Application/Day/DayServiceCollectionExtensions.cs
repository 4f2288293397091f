namespace WhaiNot.Application.Day;

/// <summary>The worker's day: appointments, follow-up actions, procedure dates with their legal terms, and the day overview.</summary>
public static class DayServiceCollectionExtensions
{
    public static IServiceCollection AddDay(this IServiceCollection services)
    {
        services.AddSingleton<AppointmentService>();
        services.AddSingleton<FollowUpActionService>();
        services.AddSingleton<ProcedureService>();
        services.AddSingleton<DayOverviewService>();
        services.AddSingleton<DayLinks>();
        return services;
    }
}
