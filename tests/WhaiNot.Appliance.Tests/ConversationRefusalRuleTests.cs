using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WhaiNot.Appliance.Tests;

/// <summary>One rule on every conversation route, as docs/api.md says: unknown → 404, another team's → 403.</summary>
public sealed class ConversationRefusalRuleTests : NorthWorkerTest
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/conversations/{0}" },
        { "GET", "/api/conversations/{0}/audio" },
        { "GET", "/api/conversations/{0}/transcript" },
        { "GET", "/api/conversations/{0}/notes" },
        { "GET", "/api/conversations/{0}/reports" },
        { "PUT", "/api/conversations/{0}/consent" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AnotherTeamsConversation_ShouldAnswer403OnEveryRoute(string method, string route)
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        using var south = Appliance.ClientWithToken(await Appliance.TokenAsync("worker", "Sociale dienst Zuid"));

        using var response = await SendAsync(south, method, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, id));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task UnknownConversation_ShouldAnswer404OnEveryRoute(string method, string route)
    {
        using var response = await SendAsync(Worker, method, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("from=NaN&to=Infinity")]
    [InlineData("from=0&to=Infinity")]
    [InlineData("from=-1&to=2")]
    [InlineData("from=3&to=2")]
    public async Task Audio_WhenTheRangeIsNotARealRange_ShouldAnswerDutch400(string query)
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(id, true, true, true);

        using var response = await Worker.GetAsync($"/api/conversations/{id}/audio?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("seconden", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("reset")]
    public async Task UnknownUser_ShouldAnswer404(string verb)
    {
        using var admin = Appliance.ClientWithToken(await Appliance.TokenAsync("functional-admin"));

        using var response = await admin.PostAsync($"/api/users/bestaat.niet/{verb}", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("bestaat niet", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) =>
        method == "PUT"
            ? client.PutAsJsonAsync(path, new { recording = true, transcription = true, aiDrafting = true })
            : client.GetAsync(path);
}
