using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Domain.Audit;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// The endpoints behind the role screens, role × endpoint over real HTTPS: the team lead's open
/// reports, the DPO's audit filter, the functional admin's OCMW profile and account rules, the IT
/// admin's system facts.
/// </summary>
public sealed class RoleScreensApiTests(DemoApplianceFixture fixture) : IClassFixture<DemoApplianceFixture>
{
    private const string North = "Sociale dienst Noord";
    private const string Forbidden = "U hebt geen toegang tot deze gegevens.";

    private RunningAppliance Appliance => fixture.Appliance;

    public static TheoryData<string, string?, string, HttpStatusCode> Matrix => new()
    {
        { "worker", North, "/api/reports/open", HttpStatusCode.Forbidden },
        { "teamlead", North, "/api/reports/open", HttpStatusCode.OK },
        { "functional-admin", null, "/api/reports/open", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/reports/open", HttpStatusCode.Forbidden },
        { "it-admin", null, "/api/reports/open", HttpStatusCode.Forbidden },
        { "worker", North, "/api/audit?action=auth.sign-in", HttpStatusCode.Forbidden },
        { "teamlead", North, "/api/audit?action=auth.sign-in", HttpStatusCode.Forbidden },
        { "functional-admin", null, "/api/audit?action=auth.sign-in", HttpStatusCode.Forbidden },
        { "dpo", null, "/api/audit?action=auth.sign-in", HttpStatusCode.OK },
        { "it-admin", null, "/api/audit?action=auth.sign-in", HttpStatusCode.Forbidden },
        { "worker", North, "/api/ocmw-profile", HttpStatusCode.OK },
        { "teamlead", North, "/api/ocmw-profile", HttpStatusCode.OK },
        { "functional-admin", null, "/api/ocmw-profile", HttpStatusCode.OK },
        { "dpo", null, "/api/ocmw-profile", HttpStatusCode.OK },
        { "it-admin", null, "/api/ocmw-profile", HttpStatusCode.OK },
        { "teamlead", North, "/api/system", HttpStatusCode.Forbidden },
        { "it-admin", null, "/api/system", HttpStatusCode.OK },
    };

    public static TheoryData<string, string?, HttpStatusCode> ProfileWriters => new()
    {
        { "worker", North, HttpStatusCode.Forbidden },
        { "teamlead", North, HttpStatusCode.Forbidden },
        { "functional-admin", null, HttpStatusCode.OK },
        { "dpo", null, HttpStatusCode.Forbidden },
        { "it-admin", null, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Get_ForEachRoleAndEndpoint_ShouldAllowOrRefuse(string role, string? team, string path, HttpStatusCode expected)
    {
        using var client = Appliance.ClientWithToken(await Appliance.TokenAsync(role, team));

        using var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal(Forbidden, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(ProfileWriters))]
    public async Task PutOcmwProfile_ForEachRole_ShouldOnlyLetTheFunctionalAdminWrite(string role, string? team, HttpStatusCode expected)
    {
        using var client = Appliance.ClientWithToken(await Appliance.TokenAsync(role, team));

        using var response = await client.PutAsJsonAsync("/api/ocmw-profile", new { name = "OCMW Teststad", address = "Kerkstraat 1\n9000 Teststad", dpoContact = "dpo@teststad.example", complaintContact = "klachten@teststad.example" });

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/audit?action=DROP%20TABLE", "Een actie bestaat uit kleine letters")]
    [InlineData("/api/audit?from=2026-13-01", "Geef de periode als JJJJ-MM-DD")]
    [InlineData("/api/audit?from=2026-12-07&to=2026-12-01", "niet vóór de begindatum")]
    [InlineData("/api/audit?actor=an%20peeters", "Een gebruikersnaam heeft geen spaties")]
    [InlineData("/api/audit?limit=0", "limit moet tussen 1 en 1000 liggen.")]
    public async Task GetAudit_WithABadFilter_ShouldAnswer400InDutch(string path, string expected)
    {
        using var dpo = Appliance.ClientWithToken(await Appliance.TokenAsync("dpo"));

        using var response = await dpo.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAudit_FilteredByActionAndActor_ShouldReturnOnlyThoseEntriesAndAuditTheRead()
    {
        var dpoName = Appliance.Credential("dpo").Username;
        using var dpo = Appliance.ClientWithToken(await Appliance.TokenAsync("dpo"));
        // The period is in the box's time zone (Brussels): late in the UTC evening it is already
        // tomorrow there, so the period ends tomorrow (UTC) to hold the sign-in just made.
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var entries = await dpo.GetFromJsonAsync<JsonElement>($"/api/audit?action={AuditAction.SignIn}&actor={dpoName.ToUpperInvariant()}&from=2020-01-01&to={tomorrow}");

        Assert.NotEmpty(entries.EnumerateArray());
        Assert.All(entries.EnumerateArray(), e =>
        {
            Assert.Equal(AuditAction.SignIn, e.GetProperty("action").GetString());
            Assert.Equal(dpoName, e.GetProperty("actor").GetString());
        });
        var store = Appliance.App.Services.GetRequiredService<ApplianceStore>();
        var read = store.Audit.Read(0, 100_000).Last(e => e.Action == AuditAction.AuditRead);
        Assert.Equal(dpoName, read.Actor);
        Assert.Contains("action=" + AuditAction.SignIn, read.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableUser_OwnAccount_ShouldBeRefusedInDutch()
    {
        var own = Appliance.Credential("functional-admin").Username;
        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));

        using var response = await admin.PostAsync($"/api/users/{own}/disable", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("U kunt uw eigen account niet uitschakelen. Vraag het aan een andere functioneel beheerder.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users");
        Assert.False(users.EnumerateArray().Single(u => u.GetProperty("username").GetString() == own).GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task AddUser_WithAMissingTeam_ShouldAnswer400AndATakenName409()
    {
        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));

        using var noTeam = await admin.PostAsJsonAsync("/api/users", new { username = "zonder.team", role = "worker" });
        using var taken = await admin.PostAsJsonAsync("/api/users", new { username = Appliance.Credential("dpo").Username, role = "dpo" });

        Assert.Equal(HttpStatusCode.BadRequest, noTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
    }

    [Fact]
    public async Task OcmwProfile_WithALogo_ShouldKeepItAndRefuseAnythingButPngOrJpeg()
    {
        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var profile = new { name = "OCMW Logostad", address = "Markt 2", dpoContact = "dpo@logostad.example", complaintContact = "klachten@logostad.example" };

        using var gif = await admin.PutAsJsonAsync("/api/ocmw-profile", new { profile.name, profile.address, profile.dpoContact, profile.complaintContact, logo = Convert.ToBase64String("GIF89a"u8.ToArray()) });
        using var tooLarge = await admin.PutAsJsonAsync("/api/ocmw-profile", new { profile.name, profile.address, profile.dpoContact, profile.complaintContact, logo = Convert.ToBase64String([.. png, .. new byte[300 * 1024]]) });
        using var empty = await admin.PutAsJsonAsync("/api/ocmw-profile", new { name = "OCMW Logostad" });
        using var saved = await admin.PutAsJsonAsync("/api/ocmw-profile", new { profile.name, profile.address, profile.dpoContact, profile.complaintContact, logo = Convert.ToBase64String(png) });
        using var worker = Appliance.ClientWithToken(await Appliance.TokenAsync("worker", North));
        using var logo = await worker.GetAsync("/api/ocmw-profile/logo");

        Assert.Equal(HttpStatusCode.BadRequest, gif.StatusCode);
        Assert.Equal("Het logo moet een PNG- of JPEG-bestand zijn.", (await gif.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("image/png", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await logo.Content.ReadAsByteArrayAsync());
        var read = await worker.GetFromJsonAsync<JsonElement>("/api/ocmw-profile");
        Assert.Equal("OCMW Logostad", read.GetProperty("name").GetString());
        Assert.True(read.GetProperty("complete").GetBoolean());
        Assert.True(read.GetProperty("hasLogo").GetBoolean());
    }

    [Fact]
    public async Task GetSystem_ShouldTellEnginesRuntimeAndCertificate()
    {
        using var it = Appliance.ClientWithToken(await Appliance.TokenAsync("it-admin"));

        var system = await it.GetFromJsonAsync<JsonElement>("/api/system");

        Assert.False(system.GetProperty("serverCertificateExpiresSoon").GetBoolean());
        Assert.False(string.IsNullOrEmpty(system.GetProperty("engines").GetProperty("notice").GetString()));
        Assert.Contains(system.GetProperty("runtimeVariant").GetString(), new[] { "cuda", "cpu" });
    }
}
