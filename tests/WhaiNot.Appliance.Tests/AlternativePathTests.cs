using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>The path without recording or AI: same steps and deadline, notes kept sealed, and counted in the parity report.</summary>
public sealed class AlternativePathTests : NorthWorkerTest
{
    [Fact]
    public async Task EndConversation_OnBothPaths_ShouldGiveTheSameDeadline()
    {
        var withAi = await NewConversationAsync(ai: true);
        var without = await NewConversationAsync(ai: false);

        var a = await EndAsync(withAi);
        var b = await EndAsync(without);

        var deadlineA = a.GetProperty("reportDeadline").GetDateTimeOffset() - a.GetProperty("endedAt").GetDateTimeOffset();
        var deadlineB = b.GetProperty("reportDeadline").GetDateTimeOffset() - b.GetProperty("endedAt").GetDateTimeOffset();
        Assert.Equal(deadlineA, deadlineB);
        Assert.Equal("ai", a.GetProperty("path").GetString());
        Assert.Equal("alternative", b.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Notes_ShouldRoundTripAndNotBeInTheFilesInPlainText()
    {
        var id = await NewConversationAsync(ai: false);
        const string Notes = "Mevrouw zoekt een goedkopere woning; afspraak met de huurdienst op dinsdag.";

        (await Worker.PutAsJsonAsync($"/api/conversations/{id}/notes", new { text = Notes })).EnsureSuccessStatusCode();
        var back = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{id}/notes");

        Assert.Equal(Notes, back.GetProperty("text").GetString());
        foreach (var (file, bytes) in DataFolderBytes.ReadAll(Appliance.DataRoot))
        {
            Assert.True(bytes.AsSpan().IndexOf("goedkopere woning"u8) < 0, $"notes in plain text in {file}");
        }
    }

    [Fact]
    public async Task ParityReport_ShouldCountConversationsOnBothPaths()
    {
        await EndAsync(await NewConversationAsync(ai: true));
        await EndAsync(await NewConversationAsync(ai: false));
        await EndAsync(await NewConversationAsync(ai: false));
        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead", North));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var report = await lead.GetFromJsonAsync<JsonElement>($"/api/reports/parity?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");

        Assert.Equal(1, report.GetProperty("ai").GetProperty("conversations").GetInt32());
        Assert.Equal(2, report.GetProperty("alternative").GetProperty("conversations").GetInt32());
        Assert.Equal(2, report.GetProperty("alternative").GetProperty("open").GetInt32());
        Assert.Contains(report.GetProperty("signals").EnumerateArray(), s => s.GetString()!.Contains("Te weinig", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("dpo")]
    public async Task ParityReport_ForOtherRoles_ShouldBeRefused(string role)
    {
        using var client = Appliance.ClientWithToken(await Appliance.TokenAsync(role, role == "worker" ? North : null));

        using var response = await client.GetAsync("/api/reports/parity?from=2026-01-01&to=2026-12-31");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ParityReport_WithABadPeriod_ShouldAnswer400()
    {
        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead", North));

        using var response = await lead.GetAsync("/api/reports/parity?from=2026-12-31&to=2026-01-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<Guid> NewConversationAsync(bool ai)
    {
        var id = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(id, ai, ai, ai);
        return id;
    }

    private async Task<JsonElement> EndAsync(Guid id)
    {
        using var response = await Worker.PostAsync($"/api/conversations/{id}/end", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
