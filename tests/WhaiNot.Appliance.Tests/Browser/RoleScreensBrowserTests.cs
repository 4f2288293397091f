using Microsoft.Playwright;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// Each demo role in real Chromium: it starts on its own screen, its menu holds exactly what it may
/// open, another role's screen is refused in Dutch; the functional admin adds a user and sees the
/// password once; the DPO filters the audit log and checks the chain.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleScreensBrowserTests : BrowserTest
{
    private const string Refused = "U hebt geen toegang";

    // The role screens need no speech engine; starting without one keeps these tests light.
    protected override bool WithEngines => false;

    public static TheoryData<string, string, string[], string, string> Roles => new()
    {
        { "worker", "/", ["Dagoverzicht", "Dossiers", "Stemprofiel"], "/team", "dagoverzicht-werker" },
        { "teamlead", "/", ["Dagoverzicht", "Dossiers", "Team", "Stemprofiel"], "/beheer", "dagoverzicht-teamverantwoordelijke" },
        { "functional-admin", "/beheer", ["Beheer"], "/privacy", "beheer" },
        { "dpo", "/privacy", ["Privacy en audit", "Gegevensbeheer"], "/systeem", "privacy" },
        { "it-admin", "/systeem", ["Systeem"], "/dossiers", "systeem" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task SignIn_EachRole_ShouldStartAtHomeWithOnlyItsMenuAndBeRefusedElsewhere(string role, string home, string[] menu, string elsewhere, string screenshot)
    {
        var page = await (await ChromiumAsync()).NewPageAsync();

        await WebAppPages.SignInAsync(page, Appliance, role, role is "worker" or "teamlead" ? North : null);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == home);
        await page.Locator("main h1").First.WaitForAsync();

        Assert.Equal(menu, (await page.Locator("nav.menu a").AllTextContentsAsync()).Select(t => t.Trim()).ToArray());
        Assert.Equal(0, await page.GetByText(Refused).CountAsync());
        await WebAppPages.ScreenshotAsync(page, screenshot);
        await Accessibility.AssertNoSeriousViolationsAsync(page, screenshot);

        if (role == "teamlead")
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Team" }).ClickAsync();
            await page.WaitForURLAsync("**/team");
            await page.GetByTestId("parity").WaitForAsync();
            Assert.Equal(1, await page.GetByTestId("figures").CountAsync());
            await WebAppPages.ScreenshotAsync(page, "team");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "team");
            await page.GetByLabel("Van", new() { Exact = true }).FillAsync("2026-12-07");
            await page.GetByLabel("Tot en met").FillAsync("2026-12-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
            await page.GetByRole(AriaRole.Alert).GetByText("De einddatum ligt niet vóór de begindatum.").WaitForAsync();

            // Legal hold is set and lifted on the dossier itself, by the team lead only.
            await page.GetByRole(AriaRole.Link, new() { Name = "Dossiers" }).ClickAsync();
            await page.Locator("table.list a").First.ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Bewaarplicht instellen" }).ClickAsync();
            await page.GetByText("Dit dossier valt onder een wettelijke bewaarplicht").WaitForAsync();
            Assert.Contains(Store.Dossiers.ListForTeam(Store.Accounts.FindTeam(North)!.Id), d => d.LegalHold);
            await page.GetByRole(AriaRole.Button, new() { Name = "Bewaarplicht opheffen" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Bewaarplicht instellen" }).WaitForAsync();
        }

        await page.GotoAsync(new Uri(Appliance.BaseAddress, elsewhere).ToString());
        await page.GetByText(Refused).First.WaitForAsync();
    }

    [Fact]
    public async Task FunctionalAdmin_AddingAUser_ShouldShowThePasswordOnceAndNeverDisableThemself()
    {
        var chromium = await ChromiumAsync();
        var page = await chromium.NewPageAsync();
        await WebAppPages.SignInAsync(page, Appliance, "functional-admin");
        await page.WaitForURLAsync("**/beheer");
        await page.GetByTestId("users").WaitForAsync();

        await page.GetByLabel("Gebruikersnaam").FillAsync("nieuw.lid");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Nieuw Lid");
        await page.Locator("#new-role").SelectOptionAsync("worker");
        await page.Locator("#new-team").SelectOptionAsync(North);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker toevoegen" }).ClickAsync();
        var shown = page.GetByTestId("password");
        await shown.WaitForAsync();
        var password = (await shown.TextContentAsync())!.Trim();
        Assert.False(string.IsNullOrEmpty(password));
        Assert.Equal(1, await page.Locator("[data-testid=users] td", new() { HasTextString = "nieuw.lid" }).CountAsync());
        await WebAppPages.ScreenshotAsync(page, "beheer-wachtwoord");

        await page.GetByRole(AriaRole.Button, new() { Name = "Ik heb het wachtwoord doorgegeven" }).ClickAsync();
        await page.GetByTestId("one-time-password").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.DoesNotContain(password, await page.ContentAsync(), StringComparison.Ordinal);

        var own = Appliance.Credential("functional-admin").Username;
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitschakelen " + own }).ClickAsync();
        await page.GetByTestId("admin-error").GetByText("U kunt uw eigen account niet uitschakelen").WaitForAsync();

        // The password shown is the one that works.
        var newcomer = await chromium.NewPageAsync();
        await newcomer.GotoAsync(new Uri(Appliance.BaseAddress, "/aanmelden").ToString());
        await newcomer.GetByLabel("Gebruikersnaam").FillAsync("nieuw.lid");
        await newcomer.GetByLabel("Wachtwoord").FillAsync(password);
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await newcomer.GetByRole(AriaRole.Heading, new() { Name = "Dagoverzicht" }).WaitForAsync();
    }

    [Fact]
    public async Task Dpo_FilteringTheAuditLog_ShouldShowOnlyThatActionAndTheChainIntact()
    {
        var page = await (await ChromiumAsync()).NewPageAsync();
        await WebAppPages.SignInAsync(page, Appliance, "dpo");
        await page.WaitForURLAsync("**/privacy");
        await page.GetByTestId("consent-statistics").WaitForAsync();

        await page.GetByLabel("Actie").FillAsync("auth.sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-testid=audit-entries] tbody tr td:nth-child(4)')].every(td => td.textContent.trim() === 'auth.sign-in')");
        Assert.True(await page.Locator("[data-testid=audit-entries] tbody tr").CountAsync() >= 1);

        await page.GetByTestId("verify").ClickAsync();
        await page.GetByTestId("verification").GetByText("De keten is intact").WaitForAsync();
        await WebAppPages.ScreenshotAsync(page, "privacy-audit");

        await page.GetByLabel("Van", new() { Exact = true }).FillAsync("2026-12-07");
        await page.GetByLabel("Tot en met").FillAsync("2026-12-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).GetByText("niet vóór de begindatum").WaitForAsync();
    }
}
