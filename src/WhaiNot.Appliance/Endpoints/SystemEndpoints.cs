using WhaiNot.Appliance.Auth;
using WhaiNot.Appliance.Hosting;
using WhaiNot.Application.SystemInfo;
using WhaiNot.Domain.Access;
using WhaiNot.Security.Certificates;

namespace WhaiNot.Appliance;

/// <summary>System facts for the IT admin: versions, disk, certificates, counts. No content.</summary>
internal static class SystemEndpoints
{
    public static void MapSystemEndpoints(this IEndpointRouteBuilder app)
    {
        var system = app.MapGroup("/api/system").RequirePermission(Permission.ManageSystem);

        system.MapGet("/", (SystemFacts facts, ServerCertificate certificate) =>
        {
            var server = certificate.Current;
            return Results.Ok(new
            {
                version = HealthEndpoints.Version(),
                dataFolder = facts.DataFolder,
                freeDiskBytes = facts.FreeDiskBytes,
                serverCertificateExpires = server.NotAfter.ToUniversalTime(),
                serverCertificateThumbprint = server.Thumbprint,
                users = facts.Users,
                dossiers = facts.Dossiers,
                auditEntries = facts.AuditEntries,
            });
        });

        system.MapGet("/ca.crt", (ApplianceCertificates certificates) =>
            Results.Text(certificates.ExportAuthorityPem(), "application/x-pem-file"));
    }
}
