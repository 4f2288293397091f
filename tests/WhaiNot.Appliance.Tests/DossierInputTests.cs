using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WhaiNot.Appliance.Tests;

/// <summary>What a new dossier or team may hold: bounded, visible text, a real national number, plausible dates, strict bodies.</summary>
public sealed class DossierInputTests : NorthWorkerTest
{
    // 85073003328 is valid under the pre-2000 rule; 00010100105 under the rule for births from 2000 on.
    public static TheoryData<string, string> BadDossiers => new()
    {
        { "{\"reference\":\"" + new string('R', 100_000) + "\",\"clientName\":\"Jan Peeters\",\"nationalRegisterNumber\":\"85073003328\"}", "te lang" },
        { "{\"reference\":\"D-1\",\"clientName\":\"" + new string('x', 1_000_000) + "\",\"nationalRegisterNumber\":\"85073003328\"}", "te lang" },
        { "{\"reference\":\"D-1\",\"clientName\":\"Jan\\u0000Peeters\",\"nationalRegisterNumber\":\"85073003328\"}", "stuurteken" },
        { "{\"reference\":\"D-1\",\"clientName\":\"Jan \\u001b[31mPeeters\",\"nationalRegisterNumber\":\"85073003328\"}", "stuurteken" },
        { "{\"reference\":\"D-1\",\"clientName\":\"Jan \\u202EsreteeP\",\"nationalRegisterNumber\":\"85073003328\"}", "stuurteken" },
        { "{\"reference\":\"D-1\",\"clientName\":\"<script>alert(1)</script>\",\"nationalRegisterNumber\":\"85073003328\"}", "< of >" },
        { "{\"reference\":\"D-1\",\"clientName\":\"Jan Peeters\",\"nationalRegisterNumber\":\"85073003329\"}", "controlegetal" },
        { "{\"reference\":\"D-1\",\"clientName\":\"Jan Peeters\",\"nationalRegisterNumber\":\"85073003328\",\"birthDate\":\"9999-12-31\"}", "geboortedatum" },
        { "{\"reference\":\"D-1\",\"clientName\":\"Jan Peeters\",\"nationalRegisterNumber\":\"85073003328\",\"birthDate\":\"1850-01-01\"}", "geboortedatum" },
        { "{\"reference\":\"D-1\",\"clientName\":\"Jan Peeters\",\"nationalRegisterNumber\":\"85073003328\",\"notitie\":\"x\"}", "JSON" },
        { "{\"reference\":\"D-1\",\"reference\":\"D-2\",\"clientName\":\"Jan Peeters\",\"nationalRegisterNumber\":\"85073003328\"}", "JSON" },
    };

    [Theory]
    [MemberData(nameof(BadDossiers))]
    public async Task PostDossier_WhenInputIsBad_ShouldAnswerDutch400AndOpenNothing(string body, string expected)
    {
        var before = Store.Dossiers.Count();

        using var response = await Worker.PostAsync("/api/dossiers", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, Store.Dossiers.Count());
    }

    [Theory]
    [InlineData("85073003328")]
    [InlineData("85.07.30-033.28")]
    [InlineData("00010100105")]
    public async Task PostDossier_WhenNumberIsValidUnderEitherCenturyRule_ShouldOpenIt(string number)
    {
        using var response = await Worker.PostAsJsonAsync("/api/dossiers", new { reference = "D-" + Guid.NewGuid().ToString("N")[..8], clientName = "Jan Peeters", nationalRegisterNumber = number, birthDate = "1985-07-30" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task PostDossier_WhenTheTeamAlreadyHasThatReference_ShouldAnswer409AndKeepOne()
    {
        var taken = Store.Dossiers.Find(NorthDossier())!.Reference;

        using var response = await Worker.PostAsJsonAsync("/api/dossiers", new { reference = taken.ToLowerInvariant(), clientName = "Jan Peeters", nationalRegisterNumber = "85073003328" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(taken, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Single(Store.Dossiers.ListForTeam(Store.Accounts.FindTeam(North)!.Id), d => string.Equals(d.Reference, taken, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(200_000, "te lang")]
    [InlineData(-1, "stuurteken")]
    [InlineData(-2, "< of >")]
    public async Task PostTeam_WhenNameIsBad_ShouldAnswerDutch400AndAddNoTeam(int length, string expected)
    {
        var name = length switch { -1 => "Team\u0000Noord", -2 => "<script>", _ => new string('T', length) };
        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));
        var before = Store.Accounts.ListTeams().Count;

        using var response = await admin.PostAsJsonAsync("/api/teams", new { name });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, Store.Accounts.ListTeams().Count);
    }
}
