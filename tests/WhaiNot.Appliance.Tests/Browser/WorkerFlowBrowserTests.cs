using Microsoft.Playwright;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>The worker's job in real Chromium against the real appliance: sign in, dossier, consent, recording, report.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkerFlowBrowserTests : BrowserTest
{
    [Fact]
    public async Task OpeningADossierByItsAddress_ShouldReadAndAuditItOnce()
    {
        var chromium = await ChromiumAsync();
        var page = await chromium.NewPageAsync();
        await WebAppPages.SignInAsync(page, Appliance, "worker", North);
        var dossier = NorthDossier();
        var target = "dossier:" + dossier.ToString("N");
        var before = Store.Audit.Read(0, 100_000).Count(e => e.Action == Domain.Audit.AuditAction.DossierRead && e.Target == target);

        // A full page load: the server prerenders the page, then the live circuit renders it again.
        await WebAppPages.OpenAsync(page, Appliance.BaseAddress, $"/dossiers/{dossier}");
        await page.GetByText(Store.Dossiers.Find(dossier)!.Reference).First.WaitForAsync();

        var reads = Store.Audit.Read(0, 100_000).Count(e => e.Action == Domain.Audit.AuditAction.DossierRead && e.Target == target) - before;
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task Refusal_WithoutRecording_ShouldLeadToNotesAndAManualReportThatValidates()
    {
        var chromium = await ChromiumAsync();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(Appliance.BaseAddress, "/aanmelden").ToString());
        await Accessibility.AssertNoSeriousViolationsAsync(page, "aanmelden");
        try
        {
            await WebAppPages.SignInAsync(page, Appliance, "worker", North);
        }
        catch (TimeoutException ex)
        {
            await page.ScreenshotAsync(new() { Path = "/tmp/fail.png" });
            throw new TimeoutException(string.Join("\n", chromium.Log) + "\nBlazor: " + await page.EvaluateAsync<string>("typeof window.Blazor") + " url " + page.Url, ex);
        }
        await WebAppPages.ScreenshotAsync(page, "dagoverzicht");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "dagoverzicht");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dossiers" }).ClickAsync();
        await page.WaitForURLAsync("**/dossiers");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Nieuw dossier" }).WaitForAsync();
        await WebAppPages.ScreenshotAsync(page, "dossiers");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "dossiers");
        await page.Locator("table.list a").First.ClickAsync();
        await page.WaitForURLAsync("**/dossiers/*");
        // The URL changes before the new page is drawn: wait for what only this page shows.
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuw gesprek starten" }).WaitForAsync();
        await WebAppPages.ScreenshotAsync(page, "dossier");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "dossier");

        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuw gesprek starten" }).ClickAsync();
        await page.WaitForURLAsync("**/toestemming");
        await page.GetByTestId("consent-without").WaitForAsync();
        await WebAppPages.ScreenshotAsync(page, "toestemming");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "toestemming");
        await page.GetByTestId("consent-without").ClickAsync();
        await page.WaitForURLAsync("**/notities");
        await WebAppPages.WaitForCircuitAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "notities");
        await page.GetByLabel("Notities").FillAsync("Mevrouw vraagt leefloon aan. Ze woont alleen sinds maart.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gesprek afsluiten" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Verslag maken" }).ClickAsync();
        await page.WaitForURLAsync("**/verslag");
        await page.GetByTestId("make-report").WaitForAsync();
        await WebAppPages.ScreenshotAsync(page, "verslag-kiezen");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "verslag maken");
        await page.GetByTestId("make-report").ClickAsync();
        await page.WaitForURLAsync("**/verslagen/*");
        await page.GetByTestId("save").WaitForAsync();
        await WebAppPages.ScreenshotAsync(page, "verslag-handmatig");
        Assert.Equal(1, await page.GetByText(WhaiNot.Ui.UiTexts.Reports.NoTranscript).CountAsync()); // no recording: no "text to come"
        await Accessibility.AssertNoSeriousViolationsAsync(page, "verslag (handmatig)");

        // The worker writes the report: one sentence of their own in the first section and in their proposal.
        await page.GetByRole(AriaRole.Button, new() { Name = "Zin toevoegen" }).First.ClickAsync();
        await page.GetByLabel("Aanmelding en hulpvraag, zin 1", new() { Exact = true }).FillAsync("Mevrouw vraagt een leefloon aan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zin toevoegen" }).Last.ClickAsync();
        await page.GetByLabel("Voorstel van de maatschappelijk werker, zin 1", new() { Exact = true }).FillAsync("Ik stel voor het leefloon toe te kennen.");
        Assert.True(await page.GetByTestId("validate").IsDisabledAsync(), "validation offered before the edits were saved");
        await page.GetByTestId("save").ClickAsync();
        await page.GetByText("Bewaard en opnieuw nagekeken.").WaitForAsync();

        // The other required parts are still empty: validation waits until the worker says they don't apply.
        Assert.True(await page.GetByTestId("validate").IsDisabledAsync(), "validation offered with required parts left empty");
        await page.GetByText("verplichte delen zijn nog leeg", new() { Exact = false }).First.WaitForAsync();
        var openParts = page.GetByTestId("not-applicable");
        for (var i = await openParts.CountAsync() - 1; i >= 0; i--)
        {
            await openParts.Nth(i).CheckAsync();
        }

        await page.GetByTestId("save").ClickAsync();
        await page.GetByText("Bewaard en opnieuw nagekeken.").WaitForAsync();
        await page.GetByTestId("validate").ClickAsync();
        await page.Locator("p.notice", new() { HasTextString = "Gevalideerd door" }).WaitForAsync();
        await WebAppPages.ScreenshotAsync(page, "verslag-gevalideerd");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "gevalideerd verslag");

        var conversation = Store.Conversations.ListForTeam(Store.Accounts.FindTeam(North)!.Id).Single();
        Assert.NotNull(conversation.ReportValidatedAt);
        Assert.False(conversation.Consent!.Recording);
        Assert.Empty(Store.Audio.Sequences(conversation.Id));
        Assert.Equal(conversation.EndedAt!.Value.AddDays(7), conversation.ReportDeadline);
        Assert.Equal(1, await page.GetByText("Verklaring over het gebruik van AI").CountAsync());

        // A refusal page: another team's dossier.
        var otherTeam = Store.Dossiers.ListForTeam(Store.Accounts.FindTeam("Sociale dienst Zuid")!.Id)[0].Id;
        await WebAppPages.OpenAsync(page, Appliance.BaseAddress, $"/dossiers/{otherTeam}");
        await page.Locator("main section.refusal").WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "weigering");
    }
}
