using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WhaiNot.Native.Models;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// The llm engine inside the appliance: the demo's test language model loaded by the box itself,
/// a draft through the API (small budgets so the random model finishes quickly), progress on the hub.
/// </summary>
public sealed class LlmReportTests : NorthWorkerTest
{
    protected override bool WithEngines => true;

    protected override IEnumerable<string> ExtraArguments =>
        // Small budgets and one thread: the random model fills every string to its limit, and the
        // other test classes run at the same time.
        ["--Appliance:Drafting:MaxSentencesPerCall", "1", "--Appliance:Drafting:MaxSentenceCharacters", "40", "--Appliance:Drafting:MaxContextTokens", "2048", "--Appliance:Drafting:Threads", "1"];

    [Fact]
    public async Task LlmDraft_ShouldUseTheBoxsModelCiteOnlyExistingSegmentsAndReportProgress()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, true, true);
        StoredSample.SaveTranscript(Store, conversation);
        await WaitForTestModelsAsync();
        await using var screen = await ConnectAsync(WorkerToken);
        var progress = new List<JsonElement>();
        screen.On<Guid, JsonElement>("DraftProgress", (_, p) => { lock (progress) { progress.Add(p); } });
        await screen.InvokeAsync("JoinConversation", conversation);

        // A busy CI machine (all test projects at once on two cores) can make even the tiny model slow.
        using var patient = Appliance.ClientWithToken(WorkerToken);
        patient.Timeout = TimeSpan.FromMinutes(5);
        using var response = await patient.PostAsJsonAsync($"/api/conversations/{conversation}/reports", new { template = "intakeverslag", engine = "llm" });
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.StatusCode == HttpStatusCode.Created, report.ToString());
        var engine = report.GetProperty("engine");
        Assert.Equal("llm", engine.GetProperty("name").GetString());
        Assert.Equal("llama-tiny-random", engine.GetProperty("model").GetString());
        Assert.Equal(ModelManifest.Shipped().Find("llama-tiny-random")!.Sha256, engine.GetProperty("modelSha256").GetString());
        var sections = report.GetProperty("content").GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(11, sections.Count);
        Assert.Empty(sections[^1].GetProperty("sentences").EnumerateArray());
        var ids = Store.Transcripts.Segments(conversation).Select(s => s.Id).ToHashSet();
        Assert.All(sections.SelectMany(s => s.GetProperty("sentences").EnumerateArray()).SelectMany(s => s.GetProperty("sources").EnumerateArray()), id => Assert.Contains(id.GetString()!, ids));
        Assert.Contains(report.GetProperty("aiStatement").EnumerateArray(), l => l.GetString()!.Contains("llama-tiny-random", StringComparison.Ordinal));
        for (var i = 0; i < 50 && progress.Count < 10; i++)
        {
            await Task.Delay(100);
        }

        lock (progress)
        {
            Assert.Equal(10, progress.Count);
        }
    }

    private async Task WaitForTestModelsAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            var health = await Worker.GetFromJsonAsync<JsonElement>("/health");
            if (health.GetProperty("engines").GetProperty("state").GetString() == "test-models")
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the demo engines did not become ready");
    }
}
