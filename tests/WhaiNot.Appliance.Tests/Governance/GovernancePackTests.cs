using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WhaiNot.Appliance.Tests.Governance;

/// <summary>The DPO's governance pack: a DOCX that opens and holds the box's own facts, retention as configured here (14 days, 7 years).</summary>
public sealed class GovernancePackTests : NorthWorkerTest
{
    protected override IEnumerable<string> ExtraArguments => ["--Appliance:Retention:AudioMaxDays", "14", "--Appliance:Retention:ReportYears", "7"];

    [Fact]
    public async Task Pack_ShouldHoldTheRegisterEntryRetentionAsConfiguredModelsFiguresAndOpenQuestions()
    {
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, true, true);
        StoredSample.SaveTranscript(Store, conversation);
        using (var draft = await Worker.PostAsJsonAsync($"/api/conversations/{conversation}/reports", new { template = "intakeverslag", engine = "extractive" }))
        {
            Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        }

        using var dpo = Appliance.ClientWithToken(await Appliance.TokenAsync("dpo"));
        using var response = await dpo.GetAsync("/api/governance/pack");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);

        var text = DocxText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Register van verwerkingsactiviteiten (art. 30 AVG)", text, StringComparison.Ordinal);
        Assert.Contains("uiterlijk 14 dagen na het gesprek", text, StringComparison.Ordinal);
        Assert.Contains("Gevalideerde verslagen: 7 jaar na validatie", text, StringComparison.Ordinal);
        Assert.Contains("extractive", text, StringComparison.Ordinal);
        Assert.Contains("sjabloon intakeverslag versie", text, StringComparison.Ordinal);
        Assert.Contains("Gesprekken met een keuze van de cliënt: 1.", text, StringComparison.Ordinal);
        Assert.Contains("keten intact", text, StringComparison.Ordinal);
        Assert.Contains("Toezichthouder: VTC of GBA.", text, StringComparison.Ordinal);
        Assert.Contains("Gemelde incidenten met AI-ontwerpen", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Store.Dossiers.Find(NorthDossier())!.Client.FullName, text, StringComparison.Ordinal);

        var audit = await dpo.GetFromJsonAsync<JsonElement[]>("/api/audit?action=governance.pack");
        Assert.NotEmpty(audit!);
        var retention = await dpo.GetFromJsonAsync<JsonElement>("/api/governance/retention");
        Assert.Equal(14, retention.GetProperty("schedule").GetProperty("audioMaxDays").GetInt32());
    }

    private static string DocxText(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
            text.AppendJoin('\n', xml.Descendants().Where(e => e.Name.LocalName == "p").Select(p => string.Concat(p.Descendants().Where(t => t.Name.LocalName == "t").Select(t => t.Value))));
            text.Append('\n');
        }

        return text.ToString();
    }
}
