using System.IO.Compression;
using System.Text;
using Microsoft.Playwright;
using WhaiNot.Domain.AiLog;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Reports;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// The governance screens in real Chromium: the DPO's /gegevensbeheer (schedule, a report past its
/// term deleted only after an explicit confirmation, AI log with CSV download, AI register, KPIs
/// with stop-signals in red, the DPIA input pack), refused to a worker; the team lead's own-team
/// KPIs on /team; the retention warning on the day overview; the client's export from the dossier.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GovernanceBrowserTests : BrowserTest
{
    private const string Refused = "U hebt geen toegang";

    protected override bool WithEngines => false;

    [Fact]
    public async Task Dpo_Governance_ShouldShowScheduleAndAiLog_DownloadCsvAndPack_AndDeleteADueReportOnlyAfterConfirming()
    {
        var drafts = AddEngineDrafts();
        var due = await AddReportPastItsTermAsync();
        var page = await (await ChromiumAsync()).NewPageAsync();
        await WithDiagnosticsAsync(page, async () =>
        {
            await WebAppPages.SignInAsync(page, Appliance, "dpo");
            await page.GetByRole(AriaRole.Link, new() { Name = "Gegevensbeheer" }).ClickAsync();
            await page.WaitForURLAsync("**/gegevensbeheer");
            await page.GetByTestId("schedule").WaitForAsync();

            var schedule = await page.GetByTestId("schedule").InnerTextAsync();
            Assert.Contains("uiterlijk 30 dagen na het gesprek", schedule, StringComparison.Ordinal);
            Assert.Contains("10 jaar na validatie", schedule, StringComparison.Ordinal);
            Assert.Contains("6 maanden bewaard", schedule, StringComparison.Ordinal);
            Assert.DoesNotContain("Nog niet uitgevoerd", await page.GetByTestId("last-run").InnerTextAsync(), StringComparison.Ordinal);

            // The AI log and register list the drafts (metadata only), the KPIs turn red on the incident.
            Assert.Equal(drafts, await page.Locator("[data-testid=ai-log] tbody tr").CountAsync());
            Assert.Equal(1, await page.Locator("[data-testid=ai-register] tbody tr").CountAsync());
            Assert.Contains("stop", await page.Locator("[data-testid=kpis] tr[data-kpi=incidents]").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            await page.GetByTestId("stop-signals").GetByText("Stop-signaal: Gemelde incidenten").WaitForAsync();

            await WebAppPages.ScreenshotAsync(page, "gegevensbeheer");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "gegevensbeheer");

            var csv = Encoding.UTF8.GetString(await DownloadAsync(page, "ai-log-csv"));
            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(',', WhaiNot.Application.Governance.AiLogService.CsvColumns), lines[0]);
            Assert.Equal(drafts, lines.Length - 1);

            var docx = await DownloadAsync(page, "pack");
            Assert.Equal("PK\u0003\u0004"u8.ToArray(), docx[..4]);
            using (var archive = new ZipArchive(new MemoryStream(docx)))
            {
                Assert.NotNull(archive.GetEntry("word/document.xml"));
            }

            // Wissen asks first; only the confirmation deletes.
            await page.GetByTestId("reports-due").WaitForAsync();
            await page.GetByTestId("delete").ClickAsync();
            await page.GetByTestId("confirm").GetByText("Dat kan niet ongedaan gemaakt worden").WaitForAsync();
            Assert.NotNull(Store.Reports.Latest(due));
            await WebAppPages.ScreenshotAsync(page, "gegevensbeheer-wissen");
            await page.GetByTestId("confirm-delete").ClickAsync();
            await page.GetByTestId("deleted").GetByText("Het verslag is gewist").WaitForAsync();
            Assert.Null(Store.Reports.Latest(due));
            await page.GetByTestId("no-reports-due").WaitForAsync();
        });
    }

    [Fact]
    public async Task Worker_ShouldHaveNoGovernanceEntry_BeRefusedThere_AndSeeTheRetentionWarningOnTheDay()
    {
        var conversation = await EndedConversationNearItsTermAsync();
        var page = await (await ChromiumAsync()).NewPageAsync();
        await WithDiagnosticsAsync(page, async () =>
        {
            await WebAppPages.SignInAsync(page, Appliance, "worker", North);
            var warnings = page.GetByTestId("retention-warnings");
            await warnings.WaitForAsync();
            Assert.Contains("Over 4 dagen", await warnings.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await warnings.Locator($"a[href='/gesprekken/{conversation}']").CountAsync());
            await WebAppPages.ScreenshotAsync(page, "dagoverzicht-bewaartermijn");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "dagoverzicht-bewaartermijn");
            Assert.DoesNotContain("Gegevensbeheer", (await page.Locator("nav.menu a").AllTextContentsAsync()).Select(t => t.Trim()));

            await page.GotoAsync(new Uri(Appliance.BaseAddress, "/gegevensbeheer").ToString());
            await page.GetByText(Refused).First.WaitForAsync();
            Assert.Equal(0, await page.GetByTestId("schedule").CountAsync());
        });
    }

    [Fact]
    public async Task TeamLead_ShouldSeeOwnTeamKpis_AndDownloadTheClientExportWithItsSummary()
    {
        AddEngineDrafts();
        var page = await (await ChromiumAsync()).NewPageAsync();
        await WithDiagnosticsAsync(page, async () =>
        {
            await WebAppPages.SignInAsync(page, Appliance, "teamlead", North);
            await page.GetByRole(AriaRole.Link, new() { Name = "Team" }).ClickAsync();
            await page.WaitForURLAsync("**/team");
            var kpis = page.GetByTestId("kpis");
            await kpis.WaitForAsync();
            Assert.Contains("stop", await kpis.Locator("tr[data-kpi=incidents]").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            Assert.Equal("1", (await kpis.Locator("tr[data-kpi=incidents] td").First.InnerTextAsync()).Trim());
            await WebAppPages.ScreenshotAsync(page, "team-kerncijfers");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "team-kerncijfers");

            await WebAppPages.OpenAsync(page, Appliance.BaseAddress, $"/dossiers/{NorthDossier()}");
            await page.GetByTestId("client-export-disabled").WaitForAsync();
            await page.GetByLabel("Via de telefoon").CheckAsync();
            await WebAppPages.ScreenshotAsync(page, "dossier-inzage");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "dossier-inzage");
            var zip = await DownloadAsync(page, "client-export");
            using var archive = new ZipArchive(new MemoryStream(zip));
            var summary = archive.GetEntry("overzicht.pdf");
            Assert.NotNull(summary);
            using var pdf = new MemoryStream();
            await using (var stream = summary.Open())
            {
                await stream.CopyToAsync(pdf);
            }

            Assert.Equal("%PDF"u8.ToArray(), pdf.ToArray()[..4]);
            Assert.NotNull(archive.GetEntry("gegevens.json"));
            Assert.Contains(Store.Audit.Read(0, 10_000), e => e.Action == WhaiNot.Domain.Audit.AuditAction.DossierExport && e.Outcome.StartsWith("channel=telefoon", StringComparison.Ordinal));
        });
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }

    /// <summary>Three engine drafts of the North team in the AI log: validated, discarded, and one flagged as an incident.</summary>
    private int AddEngineDrafts()
    {
        var team = Store.Accounts.FindTeam(North)!.Id;
        var now = DateTimeOffset.UtcNow;
        AiLogEntry Draft(int hoursAgo, string outcome, double? editRatio = null, string? flag = null) =>
            new(Guid.NewGuid(), Guid.NewGuid(), team, now.AddHours(-hoursAgo), "an.peeters", "extractive", null, null, "intakeverslag", "1", 12, 1, outcome,
                outcome == AiLogOutcomes.Pending ? null : "an.peeters", outcome == AiLogOutcomes.Pending ? null : now.AddHours(-hoursAgo + 1), editRatio, flag);
        Store.AiLog.Add(Draft(30, AiLogOutcomes.Validated, 0.2));
        Store.AiLog.Add(Draft(20, AiLogOutcomes.Discarded));
        Store.AiLog.Add(Draft(10, AiLogOutcomes.Pending, flag: "verzonnen"));
        return 3;
    }

    /// <summary>A North report validated eleven years ago: past the ten-year term, waiting for the DPO.</summary>
    private async Task<Guid> AddReportPastItsTermAsync()
    {
        var conversation = Guid.Parse((await CreateConversationAsync(NorthDossier())).GetProperty("id").GetString()!);
        var held = Store.Conversations.Find(conversation)!;
        var at = DateTimeOffset.UtcNow.AddYears(-11);
        var version = new ReportVersion(Guid.NewGuid(), 1, held.Id, held.DossierId, held.TeamId, ReportStatus.Draft, "intakeverslag", "1",
            new ReportEngine("manual", null, null), at, "an.peeters", 0, 0);
        var content = ContractJson.Write(new Draft(new TemplateReference("intakeverslag", "1"), held.Id.ToString(), new EngineInfo("manual", null, null),
            [new DraftSection("situatie", "Situatie", true, [new DraftSentence("Een zin.", [], SentenceStatus.Supported)])]));
        Store.Reports.CreateDraft(version, content, null);
        Store.Reports.Validate(version.ReportId, 1, content, "an.peeters", at, null);
        return version.ReportId;
    }

    /// <summary>A North conversation that ended 26 days ago without a validated report: its audio goes in 4 days.</summary>
    private async Task<Guid> EndedConversationNearItsTermAsync()
    {
        var conversation = Guid.Parse((await CreateConversationAsync(NorthDossier())).GetProperty("id").GetString()!);
        await PutConsentAsync(conversation, recording: true, transcription: true, aiDrafting: true);
        var ended = DateTimeOffset.UtcNow.AddDays(-26).AddHours(1);
        Store.Conversations.End(conversation, ended, ended.AddDays(7));
        return conversation;
    }
}
