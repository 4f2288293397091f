using System.Text.Json;
using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Retention;
using WhaiNot.Domain.Access;

namespace WhaiNot.Appliance;

/// <summary>The retention schedule: warnings for the team, the schedule and the reports due for the DPO, and the DPO's confirmation.</summary>
internal static class RetentionEndpoints
{
    public static void MapRetentionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/retention/warnings", (HttpContext context, RetentionService retention) =>
            SignedIn.Run(context, user => Results.Ok(retention.Warnings(user).Select(w => new
            {
                conversationId = w.ConversationId,
                dossierId = w.DossierId,
                dossierReference = w.DossierReference,
                deletedAt = w.DeletedAt,
                daysLeft = w.DaysLeft,
                message = w.Message,
            })))).RequirePermission(Permission.ReadDossierContent);

        app.MapGet("/api/governance/retention", (HttpContext context, RetentionService retention) =>
            SignedIn.Run(context, user =>
            {
                var overview = retention.Overview(user);
                var policy = overview.Schedule;
                return Results.Ok(new
                {
                    schedule = new
                    {
                        audioMaxDays = policy.AudioMaxDays,
                        warningDays = policy.WarningDays,
                        keepCitedFragments = policy.KeepCitedFragments,
                        reportYears = policy.ReportYears,
                        aiLogMonths = policy.AiLogMonths,
                    },
                    lastRun = overview.LastRun,
                    pendingDeletions = overview.PendingDeletions,
                    reportsDue = overview.ReportsDue.Select(r => new { reportId = r.ReportId, dossierId = r.DossierId, validatedAt = r.ValidatedAt, dueAt = r.DueAt, legalHold = r.LegalHold }),
                });
            })).RequirePermission(Permission.ManageGovernance);

        app.MapPost("/api/governance/retention/reports/{id:guid}/delete", (Guid id, JsonElement body, HttpContext context, RetentionService retention) =>
            SignedIn.Run(context, user =>
            {
                if (StrictJson.Check(body, "confirm") is not null || StrictJson.Boolean(body, "confirm") != true)
                {
                    return ApiErrors.BadRequest(RetentionTexts.ConfirmationMissing);
                }

                return Results.Ok(new { deletedVersions = retention.ConfirmReportDeletion(user, id) });
            })).RequirePermission(Permission.ManageGovernance);
    }
}
