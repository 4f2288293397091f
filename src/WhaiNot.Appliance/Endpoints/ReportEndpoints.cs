using System.Text.Json;
using Microsoft.Extensions.Options;
using WhaiNot.Appliance.Auth;
using WhaiNot.Appliance.Consent;
using WhaiNot.Appliance.Hosting;
using WhaiNot.Appliance.Reports;
using WhaiNot.Domain.Access;
using WhaiNot.Storage;

namespace WhaiNot.Appliance;

/// <summary>Drafts and reports of conversations: engine drafts (with AI consent), manual reports, edits, validation, revisions.</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        MapFigures(app);
        app.MapPost("/api/conversations/{id:guid}/reports", async (Guid id, JsonElement body, HttpContext context, ApplianceStore store, ReportService reports, IOptions<ApplianceOptions> options) =>
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

            return await SignedIn.RunAsync(context, store, async user =>
            {
                var view = engine == "manual"
                    ? reports.StartManual(user, id, template)
                    : await reports.DraftWithEngineAsync(user, id, template, engine, context.RequestAborted);
                return Results.Json(ReportJson.Describe(view, store, Zone(options)), statusCode: StatusCodes.Status201Created);
            });
        }).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/conversations/{id:guid}/reports", (Guid id, HttpContext context, ApplianceStore store, ConsentService consent) =>
            SignedIn.Run(context, store, user =>
            {
                consent.WritableConversation(user, id);
                return Results.Ok(store.Reports.ForConversation(id).Select(v => new { id = v.ReportId, version = v.Version, status = v.IsValidated ? "validated" : "draft", template = v.TemplateId, engine = v.Engine.Name, createdAt = v.CreatedAt, validatedAt = v.ValidatedAt }));
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/reports/{id:guid}", (Guid id, int? version, HttpContext context, ApplianceStore store, ReportService reports, IOptions<ApplianceOptions> options) =>
            SignedIn.Run(context, store, user => Results.Ok(ReportJson.Describe(reports.Read(user, id, version), store, Zone(options)))))
            .RequirePermission(Permission.WriteDossierContent);

        app.MapPut("/api/reports/{id:guid}", async (Guid id, HttpContext context, ApplianceStore store, ReportService reports, IOptions<ApplianceOptions> options) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var json = await reader.ReadToEndAsync(context.RequestAborted);
            return SignedIn.Run(context, store, user => Results.Ok(ReportJson.Describe(reports.SaveDraft(user, id, json), store, Zone(options))));
        }).RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/reports/{id:guid}/validate", (Guid id, HttpContext context, ApplianceStore store, ReportService reports, IOptions<ApplianceOptions> options) =>
            SignedIn.Run(context, store, user => Results.Ok(ReportJson.Describe(reports.Validate(user, id), store, Zone(options)))))
            .RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/reports/{id:guid}/export", (Guid id, int? version, string? format, HttpContext context, ApplianceStore store, ReportExport export) =>
            SignedIn.Run(context, store, user =>
            {
                var (bytes, contentType, fileName) = export.Export(user, id, version, format ?? "pdf");
                return Results.File(bytes, contentType, fileName);
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/reports/{id:guid}/revisions", (Guid id, HttpContext context, ApplianceStore store, ReportService reports, IOptions<ApplianceOptions> options) =>
            SignedIn.Run(context, store, user => Results.Json(ReportJson.Describe(reports.Revise(user, id), store, Zone(options)), statusCode: StatusCodes.Status201Created)))
            .RequirePermission(Permission.WriteDossierContent);
    }

    private static void MapFigures(IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/figures", (string? from, string? to, HttpContext context, ApplianceStore store, IOptions<ApplianceOptions> options) =>
            SignedIn.Run(context, store, user =>
            {
                if (TeamLeadPeriod.Read(user, from, to, out var team, out var start, out var end) is { } refused)
                {
                    return refused;
                }

                var zone = Zone(options);
                DateTimeOffset Local(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
                store.Audit.Append(user.Username, Domain.Audit.AuditAction.ReportFigures, "team:" + team.ToString("N"));
                return Results.Ok(ReportFigures.ForTeam(store, team, Local(start), Local(end.AddDays(1))));
            })).RequirePermission(Permission.ReadDossierContent);

    private static TimeZoneInfo Zone(IOptions<ApplianceOptions> options) => TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
}
