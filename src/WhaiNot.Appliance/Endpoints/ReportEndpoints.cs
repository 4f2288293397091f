using System.Text.Json;
using WhaiNot.Appliance.Auth;
using WhaiNot.Appliance.Hosting;
using WhaiNot.Application.Reports;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Access;

namespace WhaiNot.Appliance;

/// <summary>Drafts and reports of conversations: engine drafts (with AI consent), manual reports, edits, validation, revisions.</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        MapFigures(app);
        MapOpenReports(app);
        app.MapPost("/api/conversations/{id:guid}/reports", async (Guid id, JsonElement body, HttpContext context, ReportService reports, ApplianceTimeZone timeZone) =>
        {
            if (StrictJson.Check(body, "template", "engine") is { } problem)
            {
                return ApiErrors.BadRequest(problem);
            }

            var template = StrictJson.String(body, "template");
            var engine = StrictJson.String(body, "engine") ?? "extractive";
            if (string.IsNullOrWhiteSpace(template))
            {
                return ApiErrors.BadRequest("Geef het sjabloon: { \"template\": \"intakeverslag\", \"engine\": \"extractive|llm|manual\" }.");
            }

            return await SignedIn.RunAsync(context, async user =>
            {
                var view = engine == "manual"
                    ? reports.StartManual(user, id, template)
                    : await reports.DraftWithEngineAsync(user, id, template, engine, context.RequestAborted);
                return Results.Json(ReportJson.Describe(view, timeZone.Zone), statusCode: StatusCodes.Status201Created);
            });
        }).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/conversations/{id:guid}/reports", (Guid id, HttpContext context, ReportService reports) =>
            SignedIn.Run(context, user => Results.Ok(reports.ForConversation(user, id).Select(v => new { id = v.ReportId, version = v.Version, status = v.IsValidated ? "validated" : "draft", template = v.TemplateId, engine = v.Engine.Name, createdAt = v.CreatedAt, validatedAt = v.ValidatedAt }))))
            .RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/reports/{id:guid}", (Guid id, int? version, HttpContext context, ReportService reports, ApplianceTimeZone timeZone) =>
            SignedIn.Run(context, user => Results.Ok(ReportJson.Describe(reports.Read(user, id, version), timeZone.Zone))))
            .RequirePermission(Permission.WriteDossierContent);

        app.MapPut("/api/reports/{id:guid}", async (Guid id, HttpContext context, ReportService reports, ApplianceTimeZone timeZone) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var json = await reader.ReadToEndAsync(context.RequestAborted);
            return SignedIn.Run(context, user => Results.Ok(ReportJson.Describe(reports.SaveDraft(user, id, json), timeZone.Zone)));
        }).RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/reports/{id:guid}/validate", (Guid id, HttpContext context, ReportService reports, ApplianceTimeZone timeZone) =>
            SignedIn.Run(context, user => Results.Ok(ReportJson.Describe(reports.Validate(user, id), timeZone.Zone))))
            .RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/reports/{id:guid}/export", (Guid id, int? version, string? format, HttpContext context, ReportExport export) =>
            SignedIn.Run(context, user =>
            {
                var (bytes, contentType, fileName) = export.Export(user, id, version, format ?? "pdf");
                return Results.File(bytes, contentType, fileName);
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/reports/{id:guid}/revisions", (Guid id, HttpContext context, ReportService reports, ApplianceTimeZone timeZone) =>
            SignedIn.Run(context, user => Results.Json(ReportJson.Describe(reports.Revise(user, id), timeZone.Zone), statusCode: StatusCodes.Status201Created)))
            .RequirePermission(Permission.WriteDossierContent);
    }

    private static void MapFigures(IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/figures", (string? from, string? to, HttpContext context, ReportFigures figures) =>
            SignedIn.Run(context, user => Results.Ok(figures.ForTeamLead(user, from, to)))).RequirePermission(Permission.ReadDossierContent);

    private static void MapOpenReports(IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/open", (HttpContext context, TeamOpenReports open) =>
            SignedIn.Run(context, user => Results.Ok(open.For(user)))).RequirePermission(Permission.ReadDossierContent);
}
