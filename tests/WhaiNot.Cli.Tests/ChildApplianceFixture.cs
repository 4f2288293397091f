using System.Text.Json;
using WhaiNot.Cli.Bench;
using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Tests;

/// <summary>
/// The real appliance as a child process (found in the checkout the way whainot bench stream finds
/// it), with the demo OCMW and without engines: enough for everything the upload itself does.
/// </summary>
public sealed class ChildApplianceFixture : IAsyncLifetime
{
    internal ChildAppliance Appliance { get; private set; } = null!;

    public string Url => Appliance.BaseAddress.ToString().TrimEnd('/');

    public string CaPath => Appliance.CertificateAuthorityPath;

    public async Task InitializeAsync() =>
        Appliance = await ChildAppliance.StartAsync(ApplianceLocator.Find(null), sourceData: null, ["--Appliance:DemoEngines", "false"], CancellationToken.None);

    public async Task DisposeAsync() => await Appliance.DisposeAsync();

    /// <summary>Username and password of a demo account from demo-credentials.json.</summary>
    public (string Username, string Password) Credential(string role, string? team = null)
    {
        using var credentials = JsonDocument.Parse(File.ReadAllText(Path.Combine(Appliance.DataRoot, "demo-credentials.json")));
        var match = credentials.RootElement.EnumerateArray().First(c =>
            c.GetProperty("role").GetString() == role && (team is null || (c.TryGetProperty("team", out var t) && t.GetString() == team)));
        return (match.GetProperty("username").GetString()!, match.GetProperty("password").GetString()!);
    }

    /// <summary>A client of the appliance as that account, trusting only its CA.</summary>
    internal ApplianceApi Api(string role = "worker", string? team = null)
    {
        var (username, password) = Credential(role, team);
        return new ApplianceApi(Appliance.BaseAddress, Appliance.Trust(), username, password);
    }

    /// <summary>The stream verb's connection arguments for an account.</summary>
    public string[] Connection(string role = "worker", string? team = null)
    {
        var (username, password) = Credential(role, team);
        return ["--url", Url, "--user", username, "--password", password, "--ca", CaPath];
    }
}
