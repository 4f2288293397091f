using Microsoft.Playwright;
using WhaiNot.Domain.Texts;
using WhaiNot.Ui;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>A team member records the client's revocation on another PC while the worker records.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RevocationBrowserTests : BrowserTest, IDisposable
{
    private static readonly TimeSpan AtMost = TimeSpan.FromSeconds(2);

    private readonly string _work = Directory.CreateTempSubdirectory("whainot-ui-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task RevocationFromAnotherBrowser_ShouldStopTheRecordingWithTheDutchMessageWithinTwoSeconds()
    {
        var dossier = NorthDossier();
        var conversation = (await CreateConversationAsync(dossier)).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, recording: true, transcription: true, aiDrafting: true);
        var chromium = await ChromiumAsync(FakeMicrophone.Write(_work));
        var recording = await chromium.NewPageAsync();
        await WebAppPages.SignInAsync(recording, Appliance, "worker", North);
        await WebAppPages.OpenAsync(recording, Appliance.BaseAddress, $"/gesprekken/{conversation}/opname");
        await WebAppPages.StartRecordingAsync(recording);

        var teamLead = await chromium.NewPageAsync();
        await WebAppPages.SignInAsync(teamLead, Appliance, "teamlead", North);
        await WebAppPages.OpenAsync(teamLead, Appliance.BaseAddress, $"/dossiers/{dossier}/intrekking");
        await Accessibility.AssertNoSeriousViolationsAsync(teamLead, "intrekking");
        await teamLead.GetByLabel(UiTexts.Revocation.ChannelOf(WhaiNot.Domain.Conversations.RevocationChannel.Gesprek)).CheckAsync();

        // The moment the message appears, taken in the recording page (same machine clock as the test).
        var shown = recording.EvaluateAsync<double>("""
            (reason) => new Promise((resolve) => {
              const seen = () => document.querySelector('[data-testid=record-message]')?.textContent.includes(reason);
              const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); resolve(Date.now()); } });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            })
            """, ConversationTexts.RevokedReason);
        var revokedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await teamLead.GetByTestId("revoke-confirm").ClickAsync();
        var shownAt = await shown.WaitAsync(TimeSpan.FromSeconds(30));

        var took = TimeSpan.FromMilliseconds(shownAt - revokedAt);
        Assert.True(took <= AtMost, $"the recording page showed the revocation after {took.TotalMilliseconds:0} ms");
        Assert.Contains(ConversationTexts.RevokedReason, await recording.GetByTestId("record-message").InnerTextAsync(), StringComparison.Ordinal);
        var stopped = await WebAppPages.CaptureStatsAsync(recording);
        Assert.Equal("stopped", stopped.State);
        Assert.Equal(0, await recording.GetByTestId("record-stop").CountAsync());
        await recording.WaitForTimeoutAsync(1500);
        Assert.Equal(stopped.Recorded, (await WebAppPages.CaptureStatsAsync(recording)).Recorded);
        var storage = await BrowserStorage.OfAsync(recording);
        Assert.True(storage.HoldsNothingOfAClient, storage.ToString());
        await WebAppPages.ScreenshotAsync(teamLead, "intrekking-tijdens-opname");
        await Accessibility.AssertNoSeriousViolationsAsync(teamLead, "intrekking (resultaat)");
        await Accessibility.AssertNoSeriousViolationsAsync(recording, "opname (ingetrokken)");
    }
}
