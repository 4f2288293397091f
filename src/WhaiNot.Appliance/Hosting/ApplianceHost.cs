using Microsoft.AspNetCore.DataProtection;
using WhaiNot.Appliance.Admin;
using WhaiNot.Appliance.Auth;
using WhaiNot.Appliance.Demo;
using WhaiNot.Appliance.Edge;
using WhaiNot.Appliance.Hubs;
using WhaiNot.Appliance.SystemInfo;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Day;
using WhaiNot.Application.Engines;
using WhaiNot.Application.Governance;
using WhaiNot.Application.Reports;
using WhaiNot.Application.Retention;
using WhaiNot.Application.Settings;
using WhaiNot.Application.SystemInfo;
using WhaiNot.Application.Transcription;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Security.Certificates;
using WhaiNot.Security.Keys;
using WhaiNot.Security.Passwords;
using WhaiNot.Storage;
using WhaiNot.Ui;

namespace WhaiNot.Appliance.Hosting;

/// <summary>
/// Builds the appliance: opens the store and certificates before anything listens, so a bad data
/// folder stops the start with a clear message instead of half a service.
/// </summary>
public static class ApplianceHost
{
    public static WebApplication Build(string[] args)
    {
        var arguments = ApplianceArguments.Parse(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = arguments.Remaining, ContentRootPath = AppContext.BaseDirectory, ApplicationName = typeof(ApplianceHost).Assembly.GetName().Name });
        builder.Configuration.AddApplianceLayers();
        if (arguments.Demo)
        {
            builder.Configuration["Appliance:Demo"] = "true";
        }

        EnsureHttpsOnly(builder.Configuration["urls"]);

        // The framework's browser script (blazor.web.js) lives in a package until publish copies it
        // to wwwroot; the build's manifest points there, in every environment (a no-op after publish).
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(options => options.ServiceName = "WhaiNot Appliance");

        var options = builder.Configuration.GetSection(ApplianceOptions.SectionName).Get<ApplianceOptions>() ?? new ApplianceOptions();
        builder.Services.AddOptions<ApplianceOptions>().BindConfiguration(ApplianceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var timeZone = FindTimeZone(options.TimeZone);

        var store = OpenStore(DataFolder.Resolve(arguments.DataFolder));
        AdminChannel? adminChannel;
        try
        {
            adminChannel = AdminChannel.Prepare(store.Folder);
            if (adminChannel is not null)
            {
                // Added after the HTTPS-only check: the socket is local to this machine, never the network.
                builder.WebHost.UseUrls(builder.Configuration["urls"] + ";http://unix:" + adminChannel.SocketPath);
            }

            var certificate = IssueServerCertificate(store, options);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate.Current));
            builder.Services.AddApplianceServices(store, certificate, options, timeZone);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        var app = builder.Build();

        // The container disposes only the singletons it created: resolve the store once so it is created
        // through its factory and disposed at shutdown (flushes LiteDB, frees the folder lock) even though
        // no service asks for the whole store any more.
        _ = app.Services.GetRequiredService<ApplianceStore>();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapWorkerWebApp();
        app.MapHealthEndpoints();
        app.MapAuthEndpoints();
        app.MapDossierEndpoints();
        app.MapUserEndpoints();
        app.MapAuditEndpoints();
        app.MapSystemEndpoints();
        app.MapConversationEndpoints();
        app.MapRevocationEndpoints();
        app.MapNotesEndpoints();
        app.MapParityEndpoints();
        app.MapTranscriptEndpoints();
        app.MapReportEndpoints();
        app.MapTemplateEndpoints();
        app.MapOcmwProfileEndpoints();
        app.MapVoiceProfileEndpoints();
        app.MapDayEndpoints();
        app.MapRetentionEndpoints();
        app.MapGovernanceEndpoints();
        app.MapHub<ConversationHub>(ConversationHub.Path);
        if (adminChannel is not null)
        {
            app.MapAdminEndpoints(adminChannel);
            app.Lifetime.ApplicationStarted.Register(adminChannel.RestrictSocket);
        }
        else
        {
            app.Logger.LogWarning("Het pad van de datamap is te lang voor het lokale beheerkanaal; whainot-beheercommando's werken alleen als de service gestopt is.");
        }

        if (options.Demo)
        {
            app.Services.GetRequiredService<DemoSeeder>().SeedOnce();
        }

        store.Audit.Append("system", AuditAction.ApplianceStart, null, HealthEndpoints.Version());
        // Always the absolute folder: a relative --data is resolved against the caller's folder, and
        // the log says which one that became (the master key lives there).
        app.Logger.LogInformation("Datamap: {DataFolder}", store.Folder.Root);
        if (store.TornChunksRemoved > 0)
        {
            app.Logger.LogWarning("{Count} half geschreven audiostukken van een onderbroken opname opgeruimd (nooit bevestigd; de opname stuurt ze opnieuw).", store.TornChunksRemoved);
        }
        return app;
    }

    /// <summary>One call per module; each module's registrations live beside its code.</summary>
    private static IServiceCollection AddApplianceServices(this IServiceCollection services, ApplianceStore store, ServerCertificate certificate, ApplianceOptions options, ApplianceTimeZone timeZone)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services
            .AddStrictJsonInput()
            .AddApplianceHsts()
            .AddSingleton(timeZone)
            .AddStorage(store)
            .AddAudit(store)
            .AddSystem(store, certificate, options.Demo)
            .AddAccounts(store.MasterKey, options)
            .AddConversations()
            .AddTranscription()
            .AddCaptureHub()
            .AddReports()
            .AddDay()
            .AddGovernance()
            .AddGovernanceReports()
            .AddAdministration()
            .AddWorkerWebApp();
    }

    private static ApplianceStore OpenStore(DataFolder folder)
    {
        try
        {
            return ApplianceStore.Open(folder);
        }
        catch (Exception ex) when (ex is KeyFileException or StoreException)
        {
            throw new StartupException(ex.Message, ex);
        }
    }

    private static ServerCertificate IssueServerCertificate(ApplianceStore store, ApplianceOptions options)
    {
        var certificates = new ApplianceCertificates(store.Folder.CertificatesFolder, store.MasterKey.DerivePassword(KeyPurpose.CertificateKeys));
        var hostNames = ApplianceCertificates.DefaultHostNames().Concat(options.HostNames).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        try
        {
            return new ServerCertificate(certificates.EnsureServerCertificate(hostNames), hostNames);
        }
        catch (CertificateException ex)
        {
            throw new StartupException(ex.Message, ex);
        }
    }

    /// <summary>Looked up before the store opens: an unknown zone is a setting to correct (exit code 2), not a damaged box.</summary>
    private static ApplianceTimeZone FindTimeZone(string? id)
    {
        try
        {
            return ApplianceTimeZone.Find(id);
        }
        catch (UnknownTimeZoneException ex)
        {
            throw new StartupException(2, ex.Message);
        }
    }

    private static void EnsureHttpsOnly(string? urls)
    {
        var plain = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(u => !u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (plain.Count > 0)
        {
            throw new StartupException(2, $"De appliance luistert alleen via HTTPS. Niet toegestaan: {string.Join(", ", plain)}. Gebruik bijvoorbeeld --urls https://0.0.0.0:8443.");
        }
    }
}
