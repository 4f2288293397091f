using System.Text.Json;
using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Governance;
using WhaiNot.Domain.Access;

namespace WhaiNot.Appliance;

/// <summary>The client's export package, the AI log and the KPIs.</summary>
internal static class GovernanceEndpoints
{
    public static void MapGovernanceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dossiers/{id:guid}/export", (Guid id, string? channel, HttpContext context, ClientExportService export) =>
            SignedIn.Run(context, user =>
            {
                var package = export.Export(user, id, channel);
                return Results.File(package.Zip, "application/zip", package.FileName);
            })).RequirePermission(Permission.ExportClientData);

        app.MapGet("/api/governance/ai-log", (string? from, string? to, string? format, HttpContext context, AiLogService log) =>
            SignedIn.Run(context, user =>
            {
                format ??= "json";
                if (format is not ("json" or "csv"))
                {
                    return ApiErrors.BadRequest("Kies format=json of format=csv.");
                }

                if (!Period.TryParse(from, out var start) || !Period.TryParse(to, out var end))
                {
                    return ApiErrors.BadRequest("from en to zijn datums als 2026-05-01 (of leeg).");
                }

                var entries = log.Export(user, start, end, format);
                return format == "csv"
                    ? Results.File(System.Text.Encoding.UTF8.GetBytes(AiLogService.Csv(entries)), "text/csv; charset=utf-8", "ai-log.csv")
                    : Results.Ok(entries);
            })).RequirePermission(Permission.ManageGovernance);

        app.MapGet("/api/governance/kpis", (string? from, string? to, HttpContext context, KpiService kpis) =>
            SignedIn.Run(context, user =>
            {
                var report = kpis.For(user, from, to);
                return Results.Ok(new
                {
                    from = report.From,
                    to = report.To,
                    teamId = report.TeamId,
                    stopSignals = report.StopSignals,
                    kpis = report.Kpis.Select(k => new { id = k.Id, label = k.Label, value = k.Value, display = k.Display, threshold = k.Threshold, basis = k.Basis, crossed = k.Crossed, signal = k.Signal }),
                });
            })).RequirePermission(Permission.ReadKpis);

        app.MapPost("/api/reports/{id:guid}/flag", (Guid id, JsonElement body, HttpContext context, KpiService kpis) =>
            SignedIn.Run(context, user =>
            {
                if (StrictJson.Check(body, "category") is { } problem)
                {
                    return ApiErrors.BadRequest(problem);
                }

                var flagged = kpis.Flag(user, id, StrictJson.String(body, "category"));
                return Results.Ok(new { reportId = flagged.ReportId, category = flagged.FlagCategory });
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/governance/pack", (HttpContext context, GovernancePackService pack) =>
            SignedIn.Run(context, user => Results.File(
                Documents.DocxRenderer.Render(pack.Compose(user)),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "dpia-invoer-en-registerfiche.docx"))).RequirePermission(Permission.ManageGovernance);

        app.MapGet("/api/governance/ai-register", (HttpContext context, AiLogService log) =>
            SignedIn.Run(context, user => Results.Ok(log.Register(user)))).RequirePermission(Permission.ManageGovernance);
    }

    /// <summary>A day as yyyy-MM-dd (UTC midnight), or none.</summary>
    private static class Period
    {
        public static bool TryParse(string? value, out DateTimeOffset? day)
        {
            day = null;
            if (string.IsNullOrWhiteSpace(value))
            {
                return true;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
            {
                day = new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return true;
            }

            return false;
        }
    }
}
