using Microsoft.AspNetCore.DataProtection;
using WhaiNot.Appliance.Auth;
using WhaiNot.Appliance.Demo;
using WhaiNot.Appliance.Hosting;
using WhaiNot.Application.Engines;
using WhaiNot.Application.SystemInfo;
using WhaiNot.Security.Certificates;
using WhaiNot.Security.Keys;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.SystemInfo;

/// <summary>The box itself: certificates, data protection for cookies, engine status and demo provisioning, facts for the IT admin.</summary>
internal static class SystemServiceCollectionExtensions
{
    public static IServiceCollection AddSystem(this IServiceCollection services, ApplianceStore store, ServerCertificate certificate, bool demo)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => certificate);
        services.AddSingleton(sp => new ApplianceCertificates(store.Folder.CertificatesFolder, store.MasterKey.DerivePassword(KeyPurpose.CertificateKeys), sp.GetRequiredService<TimeProvider>()));
        var protectionKey = new DataProtectionKey(new DataKey(store.MasterKey.DeriveKey(KeyPurpose.DataProtection)));
        services.AddSingleton(_ => protectionKey);
        services.AddDataProtection()
            .SetApplicationName("WhaiNot.Appliance")
            .PersistKeysToFileSystem(new DirectoryInfo(store.Folder.DataProtectionFolder))
            .AddKeyManagementOptions(o => o.XmlEncryptor = new MasterKeyXmlEncryptor(protectionKey.Key));
        services.AddSingleton<SystemFacts>();
        services.AddSingleton(new HostFacts(HealthEndpoints.Version(), new DateTimeOffset(certificate.Current.NotAfter.ToUniversalTime(), TimeSpan.Zero), certificate.Current.Thumbprint));
        services.AddSingleton<EngineStatus>();
        services.AddHttpClient();
        services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new NoOutboundHandler(demo)));
        services.AddHostedService<DemoEngineProvisioner>();
        services.AddHostedService<DiskSpaceWatch>();
        services.AddSingleton<DemoSeeder>();
        return services;
    }
}
