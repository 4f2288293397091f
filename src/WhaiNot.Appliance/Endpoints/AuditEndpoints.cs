using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Audit;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Appliance;

/// <summary>The audit log for the DPO: who did what when, never the content itself.</summary>
internal static class AuditEndpoints
{
    private const int MaxPage = 1000;

    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").RequirePermission(Permission.ReadAuditLog);

        audit.MapGet("/", (HttpContext context, AuditLog log, long? after, int? limit) =>
        {
            if (limit is < 1 or > MaxPage)
            {
                return ApiErrors.BadRequest($"limit moet tussen 1 en {MaxPage} liggen.");
            }

            log.Append(ApplianceClaims.ActorOf(context.User), AuditAction.AuditRead, null);
            return Results.Ok(log.Read(after ?? 0, limit ?? 100));
        });

        audit.MapGet("/verify", (AuditLog log) =>
        {
            var result = log.Verify();
            return Results.Ok(new { intact = result.IsIntact, entriesChecked = result.EntriesChecked, firstBrokenSequence = result.FirstBrokenSequence, problem = result.Problem });
        });
    }
}
