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
    }
}
