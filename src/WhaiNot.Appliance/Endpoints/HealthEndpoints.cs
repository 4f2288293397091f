using System.Reflection;
using WhaiNot.Application.Engines;
using WhaiNot.Application.SystemInfo;
using WhaiNot.Native.Models;
using WhaiNot.Native.Runtime;
using WhaiNot.Storage;

namespace WhaiNot.Appliance;

/// <summary>GET /health: for load balancers and the installer's check. No authentication, no content.</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Taken when the endpoints are mapped (start-up); a static field would only be set on the first request.
        var startedAt = app.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        app.MapGet("/health", (TimeProvider time, EngineStatus engines, DiskSpace disk, ModelCatalog models, DataFolder folder) => Results.Ok(new
        {
            status = "ok",
            version = Version(),
            uptimeSeconds = (long)(time.GetUtcNow() - startedAt).TotalSeconds,
            engines = new { state = EngineStateNames.Of(engines.State), notice = engines.Notice },
            disk = disk.Check().Name,
            // The models the engines load now: name and pinned hash, as in every AI statement.
            models = new[] { EngineNames.Whisper, EngineNames.Llama }
                .Select(engine => models.Effective().Installed(engine, folder.ModelsFolder))
                .OfType<ModelEntry>()
                .Select(m => new { name = m.Name, engine = m.Engine, sha256 = m.Sha256, testModel = m.TestModel }),
        })).AllowAnonymous();
    }

    public static string Version() =>
        typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
