using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// Role × endpoint: who gets in and who is refused, over real HTTPS with real tokens. North is the
/// team of the demo's worker and team lead; South is another team.
/// </summary>
public sealed class AccessMatrixTests(DemoApplianceFixture fixture) : IClassFixture<DemoApplianceFixture>
{
    private const string North = "Sociale dienst Noord";
    private const string South = "Sociale dienst Zuid";

    private RunningAppliance Appliance => fixture.Appliance;

    public static TheoryData<string, string?, string, HttpStatusCode> Matrix => new()
    {
        { "worker", North, "/api/dossiers", HttpStatusCode.OK },
        { "teamlead", North, "/api/dossiers", HttpStatusCode.OK },
        { "functional-admin", null, "/api/dossiers", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/dossiers", HttpStatusCode.Forbidden },
        { "it-admin", null, "/api/dossiers", HttpStatusCode.Forbidden },
        { "worker", North, "dossier:north", HttpStatusCode.OK },
        { "teamlead", North, "dossier:north", HttpStatusCode.OK },
        { "worker", South, "dossier:north", HttpStatusCode.Forbidden },
        { "functional-admin", null, "dossier:north", HttpStatusCode.Forbidden },
        { "dpo", null, "dossier:north", HttpStatusCode.Forbidden },
        { "it-admin", null, "dossier:north", HttpStatusCode.Forbidden },
        { "worker", North, "/api/users", HttpStatusCode.Forbidden },
        { "teamlead", North, "/api/users", HttpStatusCode.Forbidden },
        { "functional-admin", null, "/api/users", HttpStatusCode.OK },
        { "dpo", null, "/api/users", HttpStatusCode.Forbidden },
        { "it-admin", null, "/api/users", HttpStatusCode.Forbidden },
        { "worker", North, "/api/audit", HttpStatusCode.Forbidden },
        { "teamlead", North, "/api/audit", HttpStatusCode.Forbidden },
        { "functional-admin", null, "/api/audit", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/audit", HttpStatusCode.OK },
        { "it-admin", null, "/api/audit", HttpStatusCode.Forbidden },
        { "worker", North, "/api/system", HttpStatusCode.Forbidden },
        { "functional-admin", null, "/api/system", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/system", HttpStatusCode.Forbidden },
        { "it-admin", null, "/api/system", HttpStatusCode.OK },
        { "worker", North, "/api/me/voice-profile", HttpStatusCode.OK },
        { "teamlead", North, "/api/me/voice-profile", HttpStatusCode.OK },
        { "functional-admin", null, "/api/me/voice-profile", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/me/voice-profile", HttpStatusCode.Forbidden },
        { "it-admin", null, "/api/me/voice-profile", HttpStatusCode.Forbidden },
        { "worker", North, "/api/retention/warnings", HttpStatusCode.OK },
        { "teamlead", North, "/api/retention/warnings", HttpStatusCode.OK },
        { "functional-admin", null, "/api/retention/warnings", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/retention/warnings", HttpStatusCode.Forbidden },
        { "it-admin", null, "/api/retention/warnings", HttpStatusCode.Forbidden },
        { "worker", North, "/api/governance/retention", HttpStatusCode.Forbidden },
        { "teamlead", North, "/api/governance/retention", HttpStatusCode.Forbidden },
        { "functional-admin", null, "/api/governance/retention", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/governance/retention", HttpStatusCode.OK },
        { "it-admin", null, "/api/governance/retention", HttpStatusCode.Forbidden },
        { "worker", North, "/api/governance/ai-log", HttpStatusCode.Forbidden },
        { "teamlead", North, "/api/governance/ai-log", HttpStatusCode.Forbidden },
        { "functional-admin", null, "/api/governance/ai-log", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/governance/ai-log", HttpStatusCode.OK },
        { "it-admin", null, "/api/governance/ai-log", HttpStatusCode.Forbidden },
        { "worker", North, "/api/governance/ai-register", HttpStatusCode.Forbidden },
        { "teamlead", North, "/api/governance/ai-register", HttpStatusCode.Forbidden },
        { "functional-admin", null, "/api/governance/ai-register", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/governance/ai-register", HttpStatusCode.OK },
        { "it-admin", null, "/api/governance/ai-register", HttpStatusCode.Forbidden },
        { "worker", North, "/api/governance/kpis", HttpStatusCode.Forbidden },
        { "teamlead", North, "/api/governance/kpis", HttpStatusCode.OK },
        { "functional-admin", null, "/api/governance/kpis", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/governance/kpis", HttpStatusCode.OK },
        { "it-admin", null, "/api/governance/kpis", HttpStatusCode.Forbidden },
        { "worker", North, "/api/governance/pack", HttpStatusCode.Forbidden },
        { "teamlead", North, "/api/governance/pack", HttpStatusCode.Forbidden },
        { "functional-admin", null, "/api/governance/pack", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/governance/pack", HttpStatusCode.OK },
        { "it-admin", null, "/api/governance/pack", HttpStatusCode.Forbidden },
        { "worker", North, "export:north", HttpStatusCode.Forbidden },
        { "worker", South, "export:north", HttpStatusCode.Forbidden },
        { "teamlead", North, "export:north", HttpStatusCode.OK },
        { "functional-admin", null, "export:north", HttpStatusCode.Forbidden },
        { "dpo", null, "export:north", HttpStatusCode.OK },
        { "it-admin", null, "export:north", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Get_ForEachRoleAndEndpoint_ShouldAllowOrRefuse(string role, string? team, string path, HttpStatusCode expected)
    {
        using var client = Appliance.ClientWithToken(await Appliance.TokenAsync(role, team));

        using var response = await client.GetAsync(Resolve(path));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("U hebt geen toegang tot deze gegevens.", body.GetProperty("error").GetString());
        }
    }

    [Theory]
    [InlineData("/api/dossiers")]
    [InlineData("/api/users")]
    [InlineData("/api/audit")]
    [InlineData("/api/system")]
    [InlineData("/api/auth/me")]
    [InlineData("/api/governance/kpis")]
    [InlineData("/api/governance/ai-log")]
    [InlineData("/api/retention/warnings")]
    public async Task Get_WithoutCredentials_ShouldAnswer401InDutch(string path)
    {
        using var client = Appliance.Client();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Aanmelden is nodig.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task ListDossiers_AsWorker_ShouldShowOnlyOwnTeam()
    {
        using var client = Appliance.ClientWithToken(await Appliance.TokenAsync("worker", South));

        var dossiers = await client.GetFromJsonAsync<JsonElement[]>("/api/dossiers");

        var names = dossiers!.Select(d => d.GetProperty("clientName").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "Koen Dierickx", "Amina Diallo" }, names);
    }

    [Fact]
    public async Task ReadDossier_WhenAllowedOrRefused_ShouldBeAudited()
    {
        var north = NorthDossierId();
        using (var worker = Appliance.ClientWithToken(await Appliance.TokenAsync("worker", North)))
        {
            (await worker.GetAsync($"/api/dossiers/{north}")).EnsureSuccessStatusCode();
        }

        using (var other = Appliance.ClientWithToken(await Appliance.TokenAsync("worker", South)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/dossiers/{north}")).StatusCode);
        }

        using var dpo = Appliance.ClientWithToken(await Appliance.TokenAsync("dpo"));
        var entries = await dpo.GetFromJsonAsync<JsonElement[]>("/api/audit?limit=1000");

        var target = "dossier:" + north.ToString("N");
        Assert.Contains(entries!, e => e.GetProperty("action").GetString() == "dossier.read" && e.GetProperty("target").GetString() == target
            && e.GetProperty("actor").GetString() == Appliance.Credential("worker", North).Username);
        Assert.Contains(entries!, e => e.GetProperty("action").GetString() == "dossier.denied" && e.GetProperty("target").GetString() == target
            && e.GetProperty("actor").GetString() == Appliance.Credential("worker", South).Username);
        var verify = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task ReadDossier_WhenUnknown_ShouldAnswer404()
    {
        using var client = Appliance.ClientWithToken(await Appliance.TokenAsync("worker", North));

        using var response = await client.GetAsync($"/api/dossiers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AuditLog_AsDpo_ShouldHoldNoClientNames()
    {
        using var dpo = Appliance.ClientWithToken(await Appliance.TokenAsync("dpo"));

        var raw = await dpo.GetStringAsync("/api/audit?limit=1000");

        foreach (var (_, _, client) in Demo.DemoClients.All(Guid.Empty, Guid.Empty))
        {
            Assert.DoesNotContain(client.FullName, raw, StringComparison.Ordinal);
            Assert.DoesNotContain(client.NationalRegisterNumber, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Health_WithoutCredentials_ShouldAnswerOk()
    {
        using var client = Appliance.Client();

        var health = await client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    private Guid NorthDossierId()
    {
        var store = Appliance.App.Services.GetRequiredService<ApplianceStore>();
        var team = store.Accounts.FindTeam(North)!;
        return store.Dossiers.ListForTeam(team.Id).First().Id;
    }

    private string Resolve(string path) => path switch
    {
        "dossier:north" => $"/api/dossiers/{NorthDossierId()}",
        "export:north" => $"/api/dossiers/{NorthDossierId()}/export?channel=email",
        _ => path,
    };
}
