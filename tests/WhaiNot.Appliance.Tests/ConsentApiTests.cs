using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>Consent per conversation and revocation per client through the real API.</summary>
public sealed class ConsentApiTests : NorthWorkerTest
{
    [Fact]
    public async Task NewConversation_ShouldStartWithoutConsentOnTheAlternativePath()
    {
        var conversation = await CreateConversationAsync(NorthDossier());

        Assert.Equal(JsonValueKind.Null, conversation.GetProperty("consent").ValueKind);
        Assert.Equal("alternative", conversation.GetProperty("path").GetString());
        Assert.False(conversation.GetProperty("mayRecord").GetBoolean());
    }

    [Theory]
    [InlineData("{\"recording\": true, \"transcription\": true, \"aiDrafting\": false, \"reason\": \"wil niet\"}")]
    [InlineData("{\"recording\": true, \"transcription\": true, \"aiDrafting\": false, \"reden\": \"x\"}")]
    [InlineData("{\"recording\": true, \"transcription\": true}")]
    [InlineData("{\"recording\": \"ja\", \"transcription\": true, \"aiDrafting\": true}")]
    [InlineData("[true, true, true]")]
    [InlineData("{\"recording\": false, \"transcription\": true, \"aiDrafting\": false}")]
    public async Task PutConsent_WhenBodyHasAReasonOrIsWrong_ShouldAnswer400AndStoreNothing(string body)
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();

        using var response = await Worker.PutAsync($"/api/conversations/{id}/consent", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()));
        var after = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{id}");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("consent").ValueKind);
    }

    [Fact]
    public async Task PutConsent_WithAllScopes_ShouldOpenTheGateAndTakeTheAiPath()
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();

        var conversation = await PutConsentAsync(id, true, true, true);

        Assert.Equal("ai", conversation.GetProperty("path").GetString());
        Assert.True(conversation.GetProperty("mayRecord").GetBoolean());
        Assert.True(conversation.GetProperty("mayDraftWithAi").GetBoolean());
    }

    [Fact]
    public async Task PutConsent_ForAnotherTeamsConversation_ShouldAnswer403AndChangeNothing()
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        using var other = Appliance.ClientWithToken(await Appliance.TokenAsync("worker", "Sociale dienst Zuid"));

        using var response = await other.PutAsJsonAsync($"/api/conversations/{id}/consent", new { recording = true, transcription = true, aiDrafting = true });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(Store.Conversations.Find(id)!.Consent);
    }

    [Fact]
    public async Task Revocation_ShouldDestroyTheKeysAndNewConversationsNeedExplicitConsent()
    {
        var dossier = NorthDossier();
        var first = (await CreateConversationAsync(dossier)).GetProperty("id").GetGuid();
        await PutConsentAsync(first, true, true, true);
        Store.Audio.Append(first, 0, new byte[3200]);

        using var response = await Worker.PostAsJsonAsync($"/api/dossiers/{dossier}/revocations", new { channel = "telefoon" });
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, outcome.GetProperty("keysDestroyed").GetInt32());
        Assert.False(Store.ConversationKeys.Exists(first));
        Assert.Throws<ContentDestroyedException>(() => Store.Audio.Read(first, 0));
        var old = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{first}");
        Assert.False(old.GetProperty("mayRecord").GetBoolean());
        var next = await CreateConversationAsync(dossier);
        Assert.False(next.GetProperty("mayRecord").GetBoolean());
        var renewed = await PutConsentAsync(next.GetProperty("id").GetGuid(), true, false, false);
        Assert.True(renewed.GetProperty("mayRecord").GetBoolean());
    }

    [Fact]
    public async Task Revocation_Twice_ShouldAnswer409AndChangeNothing()
    {
        var dossier = NorthDossier();
        var id = (await CreateConversationAsync(dossier)).GetProperty("id").GetGuid();
        await PutConsentAsync(id, true, false, false);
        (await Worker.PostAsJsonAsync($"/api/dossiers/{dossier}/revocations", new { channel = "gesprek" })).EnsureSuccessStatusCode();
        var revocations = Store.Conversations.ConsentCounts().Revocations;

        using var again = await Worker.PostAsJsonAsync($"/api/dossiers/{dossier}/revocations", new { channel = "email" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("al ingetrokken", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(revocations, Store.Conversations.ConsentCounts().Revocations);
    }

    [Theory]
    [InlineData("{\"channel\": \"duif\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"channel\": \"telefoon\", \"reason\": \"x\"}", HttpStatusCode.BadRequest)]
    public async Task Revocation_WithBadBody_ShouldBeRefused(string body, HttpStatusCode expected)
    {
        using var response = await Worker.PostAsync($"/api/dossiers/{NorthDossier()}/revocations", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Revocation_OfAnUnknownDossier_ShouldAnswer404()
    {
        using var response = await Worker.PostAsJsonAsync($"/api/dossiers/{Guid.NewGuid()}/revocations", new { channel = "telefoon" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Revocation_UnderLegalHold_ShouldKeepTheKeysAndSaySo()
    {
        var dossier = NorthDossier(index: 2);
        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead", North));
        (await lead.PutAsJsonAsync($"/api/dossiers/{dossier}/legal-hold", new { legalHold = true })).EnsureSuccessStatusCode();
        var id = (await CreateConversationAsync(dossier)).GetProperty("id").GetGuid();
        await PutConsentAsync(id, true, true, false);

        var outcome = await (await Worker.PostAsJsonAsync($"/api/dossiers/{dossier}/revocations", new { channel = "formulier" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(outcome.GetProperty("legalHold").GetBoolean());
        Assert.Equal(0, outcome.GetProperty("keysDestroyed").GetInt32());
        Assert.True(Store.ConversationKeys.Exists(id));
    }

    [Fact]
    public async Task LegalHold_SetByAWorker_ShouldBeRefused()
    {
        using var response = await Worker.PutAsJsonAsync($"/api/dossiers/{NorthDossier()}/legal-hold", new { legalHold = true });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Statistics_ForTheDpo_ShouldCountChoicesWithoutContent()
    {
        var a = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        var b = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(a, true, true, true);
        await PutConsentAsync(b, false, false, false);
        using var dpo = Appliance.ClientWithToken(await Appliance.TokenAsync("dpo"));

        var raw = await dpo.GetStringAsync("/api/consent/statistics");
        var statistics = JsonDocument.Parse(raw).RootElement;

        Assert.True(statistics.GetProperty("conversationsWithDecision").GetInt32() >= 2);
        Assert.True(statistics.GetProperty("aiDrafting").GetInt32() >= 1);
        Assert.DoesNotContain("Marieke", raw, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Worker.GetAsync("/api/consent/statistics")).StatusCode);
    }

}
