using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WhaiNot.Domain.Audit;

namespace WhaiNot.Appliance.Tests.Governance;

/// <summary>
/// Governance over the real API: every engine draft in the AI log (CSV/JSON for the DPO, no
/// content), the AI register, an incident flag that crosses the KPI threshold and gives a logged
/// stop-signal, the retention schedule as configured, and the client's export package.
/// </summary>
public sealed class GovernanceApiTests : NorthWorkerTest
{
    [Fact]
    public async Task EngineDrafts_ShouldBeInTheAiLog_WithoutContent_AndAFlagGivesAStopSignal()
    {
        var conversation = await TranscribedConversationAsync();
        var first = await PostReportAsync(conversation);
        await PostReportAsync(conversation);
        var spoken = Store.Transcripts.Segments(conversation)[0].Text;
        var client = Store.Dossiers.Find(NorthDossier())!.Client;
        using var dpo = Appliance.ClientWithToken(await Appliance.TokenAsync("dpo"));

        var csv = await dpo.GetStringAsync("/api/governance/ai-log?format=csv");
        var json = (await dpo.GetFromJsonAsync<JsonElement[]>("/api/governance/ai-log"))!;

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("reportId,conversationId,teamId,createdAt,createdBy,engine,model,modelSha256,templateId,templateVersion", lines[0], StringComparison.Ordinal);
        var rows = lines.Where(l => l.Contains(conversation.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains(",extractive,", r, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains(",intakeverslag,", r, StringComparison.Ordinal));
        Assert.Equal(2, json.Count(e => e.GetProperty("conversationId").GetGuid() == conversation));
        foreach (var text in new[] { csv, string.Join("\n", json.Select(e => e.GetRawText())) })
        {
            Assert.DoesNotContain(spoken, text, StringComparison.Ordinal);
            Assert.DoesNotContain(client.FullName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(client.NationalRegisterNumber, text, StringComparison.Ordinal);
        }

        var register = await dpo.GetFromJsonAsync<JsonElement[]>("/api/governance/ai-register");
        Assert.Contains(register!, l => l.GetProperty("engine").GetString() == "extractive" && l.GetProperty("templateId").GetString() == "intakeverslag");

        var reportId = first.GetProperty("id").GetGuid();
        using (var bad = await Worker.PostAsJsonAsync($"/api/reports/{reportId}/flag", new { category = "Mevrouw vond het vervelend" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.StartsWith("Kies een categorie", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        using (var refused = await dpo.PostAsJsonAsync($"/api/reports/{reportId}/flag", new { category = "verzonnen" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var flagged = await Worker.PostAsJsonAsync($"/api/reports/{reportId}/flag", new { category = "verzonnen" }))
        {
            Assert.Equal(HttpStatusCode.OK, flagged.StatusCode);
        }

        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead", North));
        var kpis = await lead.GetFromJsonAsync<JsonElement>("/api/governance/kpis");
        var incidents = kpis.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "incidents");
        Assert.True(incidents.GetProperty("crossed").GetBoolean());
        Assert.Contains("1× iets dat niet gezegd werd", incidents.GetProperty("signal").GetString(), StringComparison.Ordinal);
        Assert.Contains(kpis.GetProperty("stopSignals").EnumerateArray(), s => s.GetString()!.StartsWith("Stop-signaal: Gemelde incidenten", StringComparison.Ordinal));
        var audit = await dpo.GetFromJsonAsync<JsonElement[]>("/api/audit?limit=1000");
        Assert.Contains(audit!, e => e.GetProperty("action").GetString() == AuditAction.KpiStopSignal && e.GetProperty("outcome").GetString()!.StartsWith("kpi=incidents;value=1;threshold=0", StringComparison.Ordinal));
        Assert.Contains(audit!, e => e.GetProperty("action").GetString() == AuditAction.ReportFlag && e.GetProperty("outcome").GetString()!.EndsWith("category=verzonnen", StringComparison.Ordinal));
        Assert.Contains(audit!, e => e.GetProperty("action").GetString() == AuditAction.AiLogExport);
    }

    [Fact]
    public async Task RetentionSchedule_ShouldShowTheDefaults_AndRefuseADeletionWithoutConfirmation()
    {
        using var dpo = Appliance.ClientWithToken(await Appliance.TokenAsync("dpo"));

        // The daily job also runs at start-up: its run shows as lastRun (and in the audit log).
        var retention = await dpo.GetFromJsonAsync<JsonElement>("/api/governance/retention");
        for (var i = 0; i < 50 && retention.GetProperty("lastRun").ValueKind == JsonValueKind.Null; i++)
        {
            await Task.Delay(100);
            retention = await dpo.GetFromJsonAsync<JsonElement>("/api/governance/retention");
        }

        Assert.NotEqual(JsonValueKind.Null, retention.GetProperty("lastRun").ValueKind);
        Assert.Contains(Store.Audit.Read(0, 10_000), e => e.Action == AuditAction.RetentionRun && e.Actor == "system");

        var schedule = retention.GetProperty("schedule");
        Assert.Equal(30, schedule.GetProperty("audioMaxDays").GetInt32());
        Assert.Equal(10, schedule.GetProperty("reportYears").GetInt32());
        Assert.True(schedule.GetProperty("aiLogMonths").GetInt32() >= 6);
        using var unconfirmed = await dpo.PostAsJsonAsync($"/api/governance/retention/reports/{Guid.NewGuid()}/delete", new { confirm = false });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        using var unknown = await dpo.PostAsJsonAsync($"/api/governance/retention/reports/{Guid.NewGuid()}/delete", new { confirm = true });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead", North));
        using var forbidden = await lead.PostAsJsonAsync($"/api/governance/retention/reports/{Guid.NewGuid()}/delete", new { confirm = true });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Export_ShouldGiveTheTeamLeadAZipThatOpens_AndNeedAChannel()
    {
        var conversation = await TranscribedConversationAsync();
        using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead", North));

        using var missing = await lead.GetAsync($"/api/dossiers/{NorthDossier()}/export");
        var bytes = await lead.GetByteArrayAsync($"/api/dossiers/{NorthDossier()}/export?channel=formulier");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.NotNull(zip.GetEntry("overzicht.pdf"));
        using var json = JsonDocument.Parse(zip.GetEntry("gegevens.json")!.Open());
        Assert.Contains(json.RootElement.GetProperty("conversations").EnumerateArray(), c => c.GetProperty("id").GetGuid() == conversation);
    }

    private async Task<Guid> TranscribedConversationAsync()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, true, true);
        StoredSample.SaveTranscript(Store, conversation);
        return conversation;
    }

    private async Task<JsonElement> PostReportAsync(Guid conversation)
    {
        using var response = await Worker.PostAsJsonAsync($"/api/conversations/{conversation}/reports", new { template = "intakeverslag", engine = "extractive" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return body;
    }
}
