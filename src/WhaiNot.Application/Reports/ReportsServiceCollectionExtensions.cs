namespace WhaiNot.Application.Reports;

/// <summary>Reports: templates, the drafting engines, the report lifecycle, export and the team lead's figures.</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<TemplateCatalog>();
        services.AddSingleton<DraftingEngine>();
        services.AddSingleton<DraftEvents>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ReportExport>();
        services.AddSingleton<ReportFigures>();
        services.AddSingleton<TeamOpenReports>();
        return services;
    }
}
