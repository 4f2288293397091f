using Microsoft.Playwright;
using WhaiNot.Ui;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>The worker's way to a recording with the keyboard alone (Tab, Enter, Space), focus always visible.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardBrowserTests : BrowserTest
{
    private const int MostTabs = 40;

    // The circuit navigates inside the page: the address changes, no load event follows.
    private static readonly PageWaitForURLOptions Commit = new() { WaitUntil = WaitUntilState.Commit };

    [Fact]
    public async Task SignInToConsent_ByKeyboardAlone_ShouldReachTheRecordingScreen()
    {
        var credential = Appliance.Credential("worker", North);
        var chromium = await ChromiumAsync();
        var page = await chromium.NewPageAsync();
        await WithDiagnosticsAsync(page, async () =>
        {
            await page.GotoAsync(new Uri(Appliance.BaseAddress, "/aanmelden").ToString());

            await TabToAsync(page, "#username");
            await page.Keyboard.TypeAsync(credential.Username);
            await TabToAsync(page, "#password");
            await page.Keyboard.TypeAsync(credential.Password);
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(url => !url.Contains("/aanmelden", StringComparison.Ordinal), new() { Timeout = 90000 });
            await WebAppPages.WaitForCircuitAsync(page);

            await TabToAsync(page, "nav a[href='dossiers'], nav a[href='/dossiers']");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/dossiers", Commit);
            await WebAppPages.WaitForCircuitAsync(page);
            await page.Locator("table.list a").First.WaitForAsync();
            await TabToAsync(page, "table.list a");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/dossiers/*", Commit);
            await WebAppPages.WaitForCircuitAsync(page);
            await page.Locator("main button.primary").First.WaitForAsync();
            await TabToAsync(page, "button.primary");
            Assert.Equal(UiTexts.Dossiers.StartConversation, (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/toestemming", Commit);
            await WebAppPages.WaitForCircuitAsync(page);
            await page.Locator("input[name='recording']").First.WaitForAsync();

            // Each question: Tab into its radio group, Space on "Ja" (the group's first radio).
            foreach (var scope in new[] { "recording", "transcription", "ai" })
            {
                await TabToAsync(page, $"input[name='{scope}']");
                await page.Keyboard.PressAsync("Space");
                await page.WaitForFunctionAsync($"() => document.querySelector(\"input[name='{scope}']\").checked");
            }

            await TabToAsync(page, "[data-testid=consent-confirm]");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/opname", Commit);
            await WebAppPages.WaitForCircuitAsync(page);
            await TabToAsync(page, "[data-testid=record-start]");

            var conversation = Store.Conversations.ListForTeam(Store.Accounts.FindTeam(North)!.Id).Single();
            Assert.True(conversation.Consent!.Recording && conversation.Consent.Transcription && conversation.Consent.AiDrafting);
        });
    }

    // Presses Tab until the focus is on an element matching selector; each focused element must show its focus.
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < MostTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                (selector) => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return ['', 'none'];
                  const style = getComputedStyle(e);
                  const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
                  return [e.matches(selector) ? 'match' : e.outerHTML.slice(0, 120), visible ? 'visible' : 'invisible'];
                }
                """, selector);
            if (focus[0].Length > 0)
            {
                Assert.True(focus[1] == "visible", $"focus not visible on {focus[0]}");
            }

            if (focus[0] == "match")
            {
                return;
            }
        }

        Assert.Fail($"{MostTabs} times Tab did not reach {selector}");
    }
}
