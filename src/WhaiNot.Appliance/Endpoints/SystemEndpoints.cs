using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Engines;
using WhaiNot.Application.SystemInfo;
using WhaiNot.Domain.Access;
using WhaiNot.Security.Certificates;

namespace WhaiNot.Appliance;

/// <summary>System facts for the IT admin: versions, disk, certificates, engines, counts. No content.</summary>
internal static class SystemEndpoints
{
    public static void MapSystemEndpoints(this IEndpointRouteBuilder app)
    {
        var system = app.MapGroup("/api/system").RequirePermission(Permission.ManageSystem);

        system.MapGet("/", (HttpContext context, SystemOverviewService overview) => SignedIn.Run(context, user =>
        {
            var facts = overview.For(user);
            return Results.Ok(new
            {
                version = facts.Version,
                dataFolder = facts.DataFolder,
                freeDiskBytes = facts.FreeDiskBytes,
                serverCertificateExpires = facts.ServerCertificateExpires,
                serverCertificateThumbprint = facts.ServerCertificateThumbprint,
                serverCertificateExpiresSoon = facts.CertificateExpiresSoon,
                engines = new { state = EngineStateNames.Of(facts.EngineState), notice = facts.EngineNotice },
                runtimeVariant = facts.RuntimeVariant,
                speechOnGpu = facts.SpeechOnGpu,
                users = facts.Users,
                dossiers = facts.Dossiers,
                auditEntries = facts.AuditEntries,
            });
        }));

        system.MapGet("/ca.crt", (ApplianceCertificates certificates) =>
            Results.Text(certificates.ExportAuthorityPem(), "application/x-pem-file"));
    }
}
