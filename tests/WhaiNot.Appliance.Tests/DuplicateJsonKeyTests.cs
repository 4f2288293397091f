using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WhaiNot.Appliance.Tests;

/// <summary>A field named twice in a JSON body is refused, never "last one wins".</summary>
public sealed class DuplicateJsonKeyTests : NorthWorkerTest
{
    [Fact]
    public async Task PutConsent_WhenAScopeIsNamedTwice_ShouldAnswer400AndStoreNoDecision()
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        const string Body = "{\"recording\":true,\"recording\":false,\"transcription\":true,\"aiDrafting\":true}";

        using var response = await Worker.PutAsync($"/api/conversations/{id}/consent", new StringContent(Body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Null(Store.Conversations.Find(id)!.Consent);
    }

    [Fact]
    public async Task PostRevocation_WhenChannelIsNamedTwice_ShouldAnswer400AndDestroyNothing()
    {
        var dossier = NorthDossier();
        var id = (await CreateConversationAsync(dossier)).GetProperty("id").GetGuid();
        await PutConsentAsync(id, true, true, true);
        const string Body = "{\"channel\":\"telefoon\",\"channel\":\"brief\"}";

        using var response = await Worker.PostAsync($"/api/dossiers/{dossier}/revocations", new StringContent(Body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(Store.ConversationKeys.Exists(id));
    }

    [Fact]
    public async Task PutConsent_WhenEachFieldAppearsOnce_ShouldStillBeAccepted()
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        const string Body = "{\"recording\":true,\"transcription\":true,\"aiDrafting\":false}";

        using var response = await Worker.PutAsync($"/api/conversations/{id}/consent", new StringContent(Body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Store.Conversations.Find(id)!.Consent!.AiDrafting);
    }
}
