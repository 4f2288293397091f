using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests.Day;

/// <summary>
/// Role × endpoint for the day: the day overview, appointments, actions and procedure dates of a North
/// dossier, over real HTTPS with real tokens. North is the team of the demo's worker and team lead;
/// South is another team (its worker, and a South team lead made for this class).
/// </summary>
public sealed class DayAccessMatrixTests(DemoApplianceFixture fixture) : IClassFixture<DemoApplianceFixture>
{
    private const string North = "Sociale dienst Noord";
    private const string South = "Sociale dienst Zuid";

    private RunningAppliance Appliance => fixture.Appliance;

    private ApplianceStore Store => Appliance.App.Services.GetRequiredService<ApplianceStore>();

    public static TheoryData<string, string, HttpStatusCode> Reads => new()
    {
        { "worker-north", "/api/day", HttpStatusCode.OK },
        { "teamlead-north", "/api/day", HttpStatusCode.OK },
        { "worker-south", "/api/day", HttpStatusCode.OK },
        { "functional-admin", "/api/day", HttpStatusCode.Forbidden },
        { "dpo", "/api/day", HttpStatusCode.Forbidden },
        { "it-admin", "/api/day", HttpStatusCode.Forbidden },
        { "worker-north", "/api/day?worker={north-worker}", HttpStatusCode.OK },
        { "teamlead-north", "/api/day?worker={north-worker}", HttpStatusCode.OK },
        { "worker-north", "/api/day?worker={north-lead}", HttpStatusCode.Forbidden },
        { "worker-south", "/api/day?worker={north-worker}", HttpStatusCode.Forbidden },
        { "teamlead-south", "/api/day?worker={north-worker}", HttpStatusCode.Forbidden },
        { "dpo", "/api/day?worker={north-worker}", HttpStatusCode.Forbidden },
        { "worker-north", "/api/dossiers/{north}/appointments", HttpStatusCode.OK },
        { "teamlead-north", "/api/dossiers/{north}/appointments", HttpStatusCode.OK },
        { "worker-south", "/api/dossiers/{north}/appointments", HttpStatusCode.Forbidden },
        { "teamlead-south", "/api/dossiers/{north}/appointments", HttpStatusCode.Forbidden },
        { "functional-admin", "/api/dossiers/{north}/appointments", HttpStatusCode.Forbidden },
        { "dpo", "/api/dossiers/{north}/appointments", HttpStatusCode.Forbidden },
        { "it-admin", "/api/dossiers/{north}/appointments", HttpStatusCode.Forbidden },
        { "worker-north", "/api/dossiers/{north}/actions", HttpStatusCode.OK },
        { "teamlead-north", "/api/dossiers/{north}/actions", HttpStatusCode.OK },
        { "worker-south", "/api/dossiers/{north}/actions", HttpStatusCode.Forbidden },
        { "teamlead-south", "/api/dossiers/{north}/actions", HttpStatusCode.Forbidden },
        { "functional-admin", "/api/dossiers/{north}/actions", HttpStatusCode.Forbidden },
        { "dpo", "/api/dossiers/{north}/actions", HttpStatusCode.Forbidden },
        { "it-admin", "/api/dossiers/{north}/actions", HttpStatusCode.Forbidden },
        { "worker-north", "/api/dossiers/{north}/procedure", HttpStatusCode.OK },
        { "teamlead-north", "/api/dossiers/{north}/procedure", HttpStatusCode.OK },
        { "worker-south", "/api/dossiers/{north}/procedure", HttpStatusCode.Forbidden },
        { "dpo", "/api/dossiers/{north}/procedure", HttpStatusCode.Forbidden },
        { "it-admin", "/api/dossiers/{north}/procedure", HttpStatusCode.Forbidden },
    };

    public static TheoryData<string, string, string, HttpStatusCode> Writes => new()
    {
        { "worker-north", "/api/dossiers/{north}/appointments", """{"date":"2026-03-24","time":"10:00","telephone":true}""", HttpStatusCode.Created },
        { "teamlead-north", "/api/dossiers/{north}/appointments", """{"date":"2026-03-24","time":"11:00","place":"Bureau 2"}""", HttpStatusCode.Created },
        { "worker-south", "/api/dossiers/{north}/appointments", """{"date":"2026-03-24","time":"10:00","telephone":true}""", HttpStatusCode.Forbidden },
        { "teamlead-south", "/api/dossiers/{north}/appointments", """{"date":"2026-03-24","time":"10:00","telephone":true}""", HttpStatusCode.Forbidden },
        { "functional-admin", "/api/dossiers/{north}/appointments", """{"date":"2026-03-24","time":"10:00","telephone":true}""", HttpStatusCode.Forbidden },
        { "dpo", "/api/dossiers/{north}/appointments", """{"date":"2026-03-24","time":"10:00","telephone":true}""", HttpStatusCode.Forbidden },
        { "worker-north", "/api/dossiers/{north}/actions", """{"who":"client","what":"Loonfiches bezorgen","dueOn":"2026-03-30"}""", HttpStatusCode.Created },
        { "worker-south", "/api/dossiers/{north}/actions", """{"who":"client","what":"Loonfiches bezorgen"}""", HttpStatusCode.Forbidden },
        { "teamlead-south", "/api/dossiers/{north}/actions", """{"who":"client","what":"Loonfiches bezorgen"}""", HttpStatusCode.Forbidden },
        { "it-admin", "/api/dossiers/{north}/actions", """{"who":"client","what":"Loonfiches bezorgen"}""", HttpStatusCode.Forbidden },
        { "worker-north", "/api/dossiers/{north}/procedure", """{"aid":"social-integration","aidRequestedOn":"2026-01-05"}""", HttpStatusCode.OK },
        { "worker-south", "/api/dossiers/{north}/procedure", """{"aid":"social-integration","aidRequestedOn":"2026-01-05"}""", HttpStatusCode.Forbidden },
        { "dpo", "/api/dossiers/{north}/procedure", """{"aid":"social-integration","aidRequestedOn":"2026-01-05"}""", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Get_ForEachRoleAndEndpoint_ShouldAllowOrRefuse(string who, string path, HttpStatusCode expected)
    {
        using var client = Appliance.ClientWithToken(await TokenAsync(who));

        using var response = await client.GetAsync(Resolve(path));

        Assert.True(expected == response.StatusCode, $"{who} {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected == HttpStatusCode.Forbidden)
        {
            var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
            Assert.False(string.IsNullOrWhiteSpace(error));
        }
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_ForEachRoleAndEndpoint_ShouldAllowOrRefuse(string who, string path, string body, HttpStatusCode expected)
    {
        using var client = Appliance.ClientWithToken(await TokenAsync(who));
        var dossier = NorthDossierId();
        var before = (Store.Appointments.ForDossier(dossier).Count, Store.Actions.ForDossier(dossier).Count);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = path.EndsWith("/procedure", StringComparison.Ordinal) ? await client.PutAsync(Resolve(path), content) : await client.PostAsync(Resolve(path), content);

        Assert.True(expected == response.StatusCode, $"{who} {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal(before, (Store.Appointments.ForDossier(dossier).Count, Store.Actions.ForDossier(dossier).Count));
        }
    }

    [Theory]
    [InlineData("/api/day")]
    [InlineData("/api/dossiers/{north}/appointments")]
    [InlineData("/api/dossiers/{north}/actions")]
    [InlineData("/api/dossiers/{north}/procedure")]
    public async Task Get_WithoutCredentials_ShouldAnswer401InDutch(string path)
    {
        using var client = Appliance.Client();

        using var response = await client.GetAsync(Resolve(path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Aanmelden is nodig.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task DayOfAnotherTeam_ShouldBeRefusedAndAudited()
    {
        using var client = Appliance.ClientWithToken(await TokenAsync("worker-south"));
        var target = "user:" + NorthWorkerId().ToString("N");

        using var response = await client.GetAsync($"/api/day?worker={NorthWorkerId()}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(Store.Audit.Read(0, 100_000), e => e.Action == "day.denied" && e.Target == target && e.Actor == Appliance.Credential("worker", South).Username);
    }

    private async Task<string> TokenAsync(string who) => who switch
    {
        "worker-north" => await Appliance.TokenAsync("worker", North),
        "teamlead-north" => await Appliance.TokenAsync("teamlead", North),
        "worker-south" => await Appliance.TokenAsync("worker", South),
        "teamlead-south" => await SouthLeadTokenAsync(),
        _ => await Appliance.TokenAsync(who),
    };

    /// <summary>The demo has no South team lead: the functional admin makes one (once) through the API.</summary>
    private async Task<string> SouthLeadTokenAsync()
    {
        await SouthLead.WaitAsync();
        try
        {
            if (_southLeadPassword is null)
            {
                using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));
                using var created = await admin.PostAsJsonAsync("/api/users", new { username = "sara.zuid", displayName = "Sara Zuid", role = "teamlead", team = South });
                created.EnsureSuccessStatusCode();
                _southLeadPassword = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("initialPassword").GetString();
            }
        }
        finally
        {
            SouthLead.Release();
        }

        using var client = Appliance.Client();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "sara.zuid", password = _southLeadPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static readonly SemaphoreSlim SouthLead = new(1, 1);
    private static string? _southLeadPassword;

    private Guid NorthDossierId() => Store.Dossiers.ListForTeam(Store.Accounts.FindTeam(North)!.Id).First().Id;

    private Guid NorthWorkerId() => Store.Accounts.FindUser(Appliance.Credential("worker", North).Username)!.Id;

    private Guid NorthLeadId() => Store.Accounts.FindUser(Appliance.Credential("teamlead", North).Username)!.Id;

    private string Resolve(string path) => path
        .Replace("{north}", NorthDossierId().ToString(), StringComparison.Ordinal)
        .Replace("{north-worker}", NorthWorkerId().ToString(), StringComparison.Ordinal)
        .Replace("{north-lead}", NorthLeadId().ToString(), StringComparison.Ordinal);
}
