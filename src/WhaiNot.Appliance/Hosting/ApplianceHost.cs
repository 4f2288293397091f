using Microsoft.AspNetCore.DataProtection;
using WhaiNot.Appliance.Auth;
using WhaiNot.Appliance.Consent;
using WhaiNot.Appliance.Demo;
using WhaiNot.Appliance.Engines;
using WhaiNot.Appliance.Hubs;
using WhaiNot.Appliance.Reports;
using WhaiNot.Appliance.Transcription;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Security.Certificates;
using WhaiNot.Security.Keys;
using WhaiNot.Security.Passwords;
using WhaiNot.Storage;

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
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = arguments.Remaining, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddApplianceLayers();
        if (arguments.Demo)
        {
            builder.Configuration["Appliance:Demo"] = "true";
        }

        EnsureHttpsOnly(builder.Configuration["urls"]);
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(options => options.ServiceName = "WhaiNot Appliance");

        var options = builder.Configuration.GetSection(ApplianceOptions.SectionName).Get<ApplianceOptions>() ?? new ApplianceOptions();
        builder.Services.AddOptions<ApplianceOptions>().BindConfiguration(ApplianceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        var store = OpenStore(DataFolder.Resolve(arguments.DataFolder));
        try
        {
            var certificate = IssueServerCertificate(store, options);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate.Current));
            builder.Services.AddApplianceServices(store, certificate, options);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        var app = builder.Build();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseHsts();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapAuthEndpoints();
        app.MapDossierEndpoints();
        app.MapUserEndpoints();
        app.MapAuditEndpoints();
        app.MapSystemEndpoints();
        app.MapConsentEndpoints();
        app.MapTranscriptEndpoints();
        app.MapReportEndpoints();
        app.MapTemplateEndpoints();
        app.MapHub<ConversationHub>(ConversationHub.Path);

        if (options.Demo)
        {
            app.Services.GetRequiredService<DemoSeeder>().SeedOnce();
        }

        store.Audit.Append("system", AuditAction.ApplianceStart, null, HealthEndpoints.Version());
        return app;
    }

    private static IServiceCollection AddApplianceServices(this IServiceCollection services, ApplianceStore store, ServerCertificate certificate, ApplianceOptions options)
    {
        var hashing = options.PasswordHashing;
        var tokens = new TokenService(store.MasterKey.DeriveKey(KeyPurpose.TokenSigning), TimeSpan.FromMinutes(options.TokenLifetimeMinutes), TimeProvider.System);

        services.AddSingleton(TimeProvider.System);
        // Registered through factories so the container disposes them at shutdown (flushes LiteDB, frees the folder lock).
        services.AddSingleton(_ => store);
        services.AddSingleton(_ => certificate);
        services.AddSingleton(tokens);
        services.AddSingleton(new Argon2idPasswordHasher(new Argon2Settings(hashing.MemoryKiB, hashing.Iterations, hashing.Parallelism)));
        services.AddSingleton<IPasswordHasher>(sp => sp.GetRequiredService<Argon2idPasswordHasher>());
        services.AddSingleton(new LockoutPolicy(options.Lockout.MaxFailedSignIns, TimeSpan.FromMinutes(options.Lockout.LockoutMinutes)));
        services.AddSingleton<SignInService>();
        services.AddSingleton<AccountAdministration>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton(store.Folder);
        services.AddSingleton<EngineStatus>();
        services.AddSingleton<ConversationActivity>();
        services.AddSingleton<ConsentService>();
        services.AddSingleton<ParityService>();
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 64 * 1024);
        services.AddHostedService<StoppedNotifier>();
        services.AddHttpClient();
        services.AddHostedService<DemoEngineProvisioner>();
        services.AddSingleton<UploadLocks>();
        services.AddSingleton<SpeechEngine>();
        services.AddSingleton<TranscriptEvents>();
        services.AddSingleton<TranscriptService>();
        services.AddSingleton<TemplateCatalog>();
        services.AddSingleton<DraftingEngine>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ReportExport>();
        services.AddSingleton<TranscriptionService>();
        services.AddHostedService(sp => sp.GetRequiredService<TranscriptionService>());
        services.AddSingleton(sp => new ApplianceCertificates(store.Folder.CertificatesFolder, store.MasterKey.DerivePassword(KeyPurpose.CertificateKeys), sp.GetRequiredService<TimeProvider>()));
        var protectionKey = new DataProtectionKey(new DataKey(store.MasterKey.DeriveKey(KeyPurpose.DataProtection)));
        services.AddSingleton(_ => protectionKey);
        services.AddDataProtection()
            .SetApplicationName("WhaiNot.Appliance")
            .PersistKeysToFileSystem(new DirectoryInfo(store.Folder.DataProtectionFolder))
            .AddKeyManagementOptions(o => o.XmlEncryptor = new MasterKeyXmlEncryptor(protectionKey.Key));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddApplianceAuthentication(tokens, TimeSpan.FromMinutes(options.CookieLifetimeMinutes));
        return services;
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
