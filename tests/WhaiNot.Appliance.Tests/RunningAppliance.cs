using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Appliance.Demo;
using WhaiNot.Appliance.Hosting;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// The real appliance on real Kestrel, HTTPS on a loopback port, with its own data folder. Clients
/// trust only the CA the appliance made for itself, as an office PC would after IT installs it.
/// </summary>
public sealed class RunningAppliance : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private RunningAppliance(string dataRoot, bool ownsFolder, WebApplication app, Uri baseAddress)
    {
        DataRoot = dataRoot;
        OwnsFolder = ownsFolder;
        App = app;
        BaseAddress = baseAddress;
        CertificateAuthority = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(dataRoot, "certs", "ca.crt"));
    }

    public string DataRoot { get; }

    public bool OwnsFolder { get; set; }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public X509Certificate2 CertificateAuthority { get; }

    /// <summary>The thumbprint of the certificate the server presented in the last TLS handshake.</summary>
    public string? LastServerThumbprint { get; private set; }

    public IReadOnlyList<DemoCredential> Credentials =>
        JsonSerializer.Deserialize<List<DemoCredential>>(File.ReadAllText(Path.Combine(DataRoot, "demo-credentials.json")), Json)!;

    /// <param name="demoEngines">Whether --demo also installs the engines (a download); off unless a test is about it.</param>
    /// <param name="engines">
    /// Real engines without a download: the test runtime (tests/test.sh installs it) shared by the
    /// whole test process, and --demo writes the self-made test models into the data folder.
    /// </param>
    public static async Task<RunningAppliance> StartAsync(string? dataRoot = null, bool demo = true, bool demoEngines = false, bool engines = false, IEnumerable<string>? extraArguments = null)
    {
        var owns = dataRoot is null;
        dataRoot ??= Path.Combine(Path.GetTempPath(), "whainot-appliance-" + Guid.NewGuid().ToString("N"));
        var args = new List<string> { "--data", dataRoot, "--urls", "https://127.0.0.1:0", "--Appliance:DemoEngines", demoEngines || engines ? "true" : "false" };
        if (engines)
        {
            // One native runtime per process: load the shared test runtime first, the appliance reuses it.
            WhaiNot.TestSupport.TestRuntime.Get();
            args.AddRange(["--Appliance:RuntimeFolder", WhaiNot.TestSupport.TestRuntime.RuntimeRoot]);
        }

        if (demo)
        {
            args.Add("--demo");
        }

        // Every test signs in from 127.0.0.1; the per-address sign-in limit is tested on its own
        // (a later argument overrides this one).
        args.AddRange(["--Appliance:Lockout:RequestsPerMinutePerAddress", "10000"]);
        args.AddRange(extraArguments ?? []);

        var app = ApplianceHost.Build(args.ToArray());
        await app.StartAsync();
        // The HTTPS address; the box also listens on its local admin socket (unix:…).
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal));
        return new RunningAppliance(dataRoot, owns, app, new Uri(address));
    }

    public HttpClient Client(CookieContainer? cookies = null) => new(Handler(cookies)) { BaseAddress = BaseAddress };

    /// <summary>A handler that trusts only the appliance's own CA, as an office PC would.</summary>
    public HttpClientHandler Handler(CookieContainer? cookies = null) => new()
    {
        CookieContainer = cookies ?? new CookieContainer(),
        UseCookies = true,
        ServerCertificateCustomValidationCallback = (_, certificate, _, errors) => TrustsServer(certificate, errors),
    };

    public bool TrustsServer(X509Certificate? certificate, System.Net.Security.SslPolicyErrors errors)
    {
        if (certificate is not null)
        {
            LastServerThumbprint = certificate.GetCertHashString();
        }

        // Name mismatch is the only error allowed from the default check: the chain is verified here.
        return (errors & System.Net.Security.SslPolicyErrors.RemoteCertificateNameMismatch) == 0 && ChainsTo(CertificateAuthority, certificate);
    }

    /// <summary>Whether <paramref name="certificate"/> was issued by <paramref name="authority"/>, trusting nothing else.</summary>
    public static bool ChainsTo(X509Certificate2 authority, X509Certificate? certificate)
    {
        if (certificate is null)
        {
            return false;
        }

        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server);
    }

    public DemoCredential Credential(string role, string? team = null) =>
        Credentials.First(c => c.Role == role && (team is null || c.Team == team));

    public async Task<string> TokenAsync(string role, string? team = null)
    {
        var credential = Credential(role, team);
        using var client = Client();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = credential.Username, password = credential.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        CertificateAuthority.Dispose();
        if (OwnsFolder && Directory.Exists(DataRoot))
        {
            Directory.Delete(DataRoot, recursive: true);
        }
    }
}
