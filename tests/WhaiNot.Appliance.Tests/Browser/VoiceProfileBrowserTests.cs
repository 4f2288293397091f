using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// /stemprofiel in real Chromium with Dutch speech (espeak-ng) as the microphone: the worker records
/// the text for 30 s, the box enrols the profile from the WAV the page made, the worker deletes it;
/// a recording stopped after a few seconds gets the service's Dutch refusal; roles without
/// conversations get neither the page nor its menu entry.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VoiceProfileBrowserTests : BrowserTest, IDisposable
{
    // Enrolment needs only the voice embedder, not the speech engines.
    protected override bool WithEngines => false;

    private readonly string _work = Directory.CreateTempSubdirectory("whainot-voice-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Worker_RecordingTheText_ShouldEnrolAndThenDeleteTheirProfile()
    {
        var page = await (await ChromiumAsync(FakeMicrophone.Write(_work))).NewPageAsync();
        await WithDiagnosticsAsync(page, async () =>
        {
            await WebAppPages.SignInAsync(page, Appliance, "worker", North);
            await page.GetByRole(AriaRole.Link, new() { Name = "Stemprofiel" }).ClickAsync();
            await page.WaitForURLAsync("**/stemprofiel");
            var state = page.GetByTestId("voice-profile-state");
            await state.GetByText("U hebt nog geen stemprofiel.").WaitForAsync();
            Assert.False(await EnrolledOnTheBoxAsync());
            await Accessibility.AssertNoSeriousViolationsAsync(page, "stemprofiel (geen)");

            // The recording stops by itself at 30 s and the box makes the profile from it.
            await page.GetByTestId("voice-profile-start").ClickAsync();
            await page.GetByTestId("voice-profile-stop").WaitForAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=voice-profile-timer]').textContent.startsWith('0:05')", null, new() { Timeout = 30000, PollingInterval = 100 });
            // The meter moves with the speech: the page really hears the microphone.
            await page.WaitForFunctionAsync("() => document.querySelector('#voice-level').value > 0", null, new() { Timeout = 20000, PollingInterval = 50 });
            await WebAppPages.ScreenshotAsync(page, "stemprofiel-opname");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "stemprofiel (opname)");
            await page.GetByTestId("voice-profile-done").GetByText("Uw stemprofiel is bewaard.").WaitForAsync(new() { Timeout = 90000 });
            await page.Locator("[data-testid=voice-profile-state][data-enrolled=true]").GetByText("U hebt een stemprofiel sinds").WaitForAsync();
            Assert.Equal(0, await page.GetByTestId("voice-profile-error").CountAsync());
            Assert.True(await EnrolledOnTheBoxAsync());
            await WebAppPages.ScreenshotAsync(page, "stemprofiel");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "stemprofiel (bewaard)");

            // Still there after a reload: the state is the box's, not the page's.
            await WebAppPages.OpenAsync(page, Appliance.BaseAddress, "/stemprofiel");
            await page.Locator("[data-testid=voice-profile-state][data-enrolled=true]").WaitForAsync();

            // Deleting asks first; cancel keeps it, confirm deletes it.
            await page.GetByTestId("voice-profile-delete").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();
            Assert.True(await EnrolledOnTheBoxAsync());
            await page.GetByTestId("voice-profile-delete").ClickAsync();
            await page.GetByText("Wilt u uw stemprofiel echt wissen?").WaitForAsync();
            await page.GetByTestId("voice-profile-delete-confirm").ClickAsync();
            await page.GetByTestId("voice-profile-done").GetByText("Uw stemprofiel is gewist.").WaitForAsync();
            await state.GetByText("U hebt nog geen stemprofiel.").WaitForAsync();
            Assert.False(await EnrolledOnTheBoxAsync());
        });
    }

    [Fact]
    public async Task Worker_StoppingAfterAFewSeconds_ShouldSeeTheServicesDutchRefusal()
    {
        var page = await (await ChromiumAsync(FakeMicrophone.Write(_work))).NewPageAsync();
        await WithDiagnosticsAsync(page, async () =>
        {
            await WebAppPages.SignInAsync(page, Appliance, "worker", North);
            await WebAppPages.OpenAsync(page, Appliance.BaseAddress, "/stemprofiel");
            await page.GetByTestId("voice-profile-start").ClickAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=voice-profile-timer]').textContent.startsWith('0:03')", null, new() { Timeout = 30000, PollingInterval = 100 });
            await page.GetByTestId("voice-profile-stop").ClickAsync();

            var error = page.GetByTestId("voice-profile-error");
            await error.WaitForAsync();
            var text = (await error.TextContentAsync())!;
            Assert.Matches(@"^De opname duurt [34] seconden\. Lees de tekst voor in 20 tot 30 seconden", text.Trim());
            Assert.Equal("false", await page.GetByTestId("voice-profile-state").GetAttributeAsync("data-enrolled"));
            Assert.False(await EnrolledOnTheBoxAsync());
            await WebAppPages.ScreenshotAsync(page, "stemprofiel-te-kort");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "stemprofiel (te kort)");
        });
    }

    [Theory]
    [InlineData("dpo")]
    [InlineData("functional-admin")]
    public async Task RoleWithoutConversations_ShouldHaveNoMenuEntryAndBeRefusedThePage(string role)
    {
        var page = await (await ChromiumAsync()).NewPageAsync();
        await WebAppPages.SignInAsync(page, Appliance, role);
        await page.Locator("main h1").First.WaitForAsync();
        Assert.DoesNotContain("Stemprofiel", (await page.Locator("nav.menu a").AllTextContentsAsync()).Select(t => t.Trim()));

        await page.GotoAsync(new Uri(Appliance.BaseAddress, "/stemprofiel").ToString());
        await page.GetByText("U hebt geen toegang").First.WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("voice-profile-start").CountAsync());
    }

    private async Task<bool> EnrolledOnTheBoxAsync()
    {
        var answer = await Worker.GetFromJsonAsync<JsonElement>("/api/me/voice-profile");
        return answer.GetProperty("enrolled").GetBoolean();
    }
}
