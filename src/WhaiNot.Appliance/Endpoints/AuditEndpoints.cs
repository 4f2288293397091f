using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Audit;
using WhaiNot.Domain.Access;

namespace WhaiNot.Appliance;

/// <summary>The audit log for the DPO: who did what when, never the content itself. Filtering and its checks are <see cref="AuditBrowser"/>'s, shared with the web app.</summary>
internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").RequirePermission(Permission.ReadAuditLog);

        audit.MapGet("/", (HttpContext context, AuditBrowser browser, long? after, int? limit, string? action, string? actor, string? from, string? to) =>
            SignedIn.Run(context, user => Results.Ok(browser.Search(user, new AuditFilter(action, actor, from, to, after, limit)))));

        audit.MapGet("/verify", (HttpContext context, AuditBrowser browser) => SignedIn.Run(context, user =>
        {
            var result = browser.Verify(user);
            return Results.Ok(new { intact = result.IsIntact, entriesChecked = result.EntriesChecked, firstBrokenSequence = result.FirstBrokenSequence, problem = result.Problem });
        }));
    }
}
