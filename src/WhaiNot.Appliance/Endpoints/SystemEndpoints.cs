using WhaiNot.Appliance.Auth;
using WhaiNot.Appliance.Hosting;
using WhaiNot.Domain.Access;
using WhaiNot.Security.Certificates;
using WhaiNot.Storage;

namespace WhaiNot.Appliance;

/// <summary>System facts for the IT admin: versions, disk, certificates, counts. No content.</summary>
internal static class SystemEndpoints
{
    public static void MapSystemEndpoints(this IEndpointRouteBuilder app)
    {
        var system = app.MapGroup("/api/system").RequirePermission(Permission.ManageSystem);

        system.MapGet("/", (ApplianceStore store, ServerCertificate certificate) =>
        {
            var drive = new DriveInfo(store.Folder.Root);
            var server = certificate.Current;
            return Results.Ok(new
            {
                version = HealthEndpoints.Version(),
                dataFolder = store.Folder.Root,
                freeDiskBytes = drive.AvailableFreeSpace,
                serverCertificateExpires = server.NotAfter.ToUniversalTime(),
                serverCertificateThumbprint = server.Thumbprint,
                users = store.Accounts.ListUsers().Count,
                dossiers = store.Dossiers.Count(),
                auditEntries = store.Audit.Count(),
            });
        });

        system.MapGet("/ca.crt", (ApplianceCertificates certificates) =>
            Results.Text(certificates.ExportAuthorityPem(), "application/x-pem-file"));
    }
}
