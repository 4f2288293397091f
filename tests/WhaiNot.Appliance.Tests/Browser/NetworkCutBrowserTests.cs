using Microsoft.Playwright;
using WhaiNot.Ui;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// The office network drops while the worker records: the page says so, keeps recording into the
/// browser's store, and when the network is back it sends what waited; the box ends up with exactly
/// the audio the page recorded, and the browser keeps none of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NetworkCutBrowserTests : BrowserTest, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("whainot-ui-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task NetworkCut_WhileRecording_ShouldSayNoConnectionKeepRecordingAndDeliverExactlyTheAudio()
    {
        await using var relay = TcpRelay.Start(Appliance.BaseAddress);
        var conversation = (await CreateConversationAsync(NorthDossier())).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, recording: true, transcription: true, aiDrafting: false);
        var chromium = await ChromiumAsync(FakeMicrophone.Write(_work));
        var page = await chromium.NewPageAsync();
        await WithDiagnosticsAsync(page, async () =>
        {
            await WebAppPages.SignInAsync(page, Appliance, "worker", North, via: relay.Address);
            await WebAppPages.OpenAsync(page, relay.Address, $"/gesprekken/{conversation}/opname");
            await WebAppPages.StartRecordingAsync(page);
            await page.WaitForTimeoutAsync(3000);

            relay.Cut();
            var offline = page.GetByTestId("record-offline");
            await offline.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 15000 });
            Assert.Equal(UiTexts.Recording.Offline, (await offline.InnerTextAsync()).Trim());
            Assert.False(await page.GetByTestId("record-status").IsVisibleAsync(), "the 'all stored' line stayed beside 'no connection'");
            var atCut = await WebAppPages.CaptureStatsAsync(page);
            await page.WaitForTimeoutAsync(4000);
            var beforeRestore = await WebAppPages.CaptureStatsAsync(page);
            var waiting = await BrowserStorage.OfAsync(page);
            Assert.True(beforeRestore.Recorded > atCut.Recorded, "recording stopped during the cut");
            Assert.Equal("reconnecting", beforeRestore.State);
            Assert.True(waiting.AudioChunks >= beforeRestore.Recorded - atCut.Recorded, $"unacknowledged audio is not in the browser's store: {waiting}");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "opname zonder verbinding");

            relay.Restore();
            await offline.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 60000 });
            await page.GetByTestId("record-status").Filter(new() { HasTextString = UiTexts.Recording.AllStored }).WaitForAsync(new() { Timeout = 60000 });
            await page.WaitForFunctionAsync("async () => (await import('/ui/recording.js')).lastCaptureStats()?.unacknowledged === 0", null, new() { Timeout = 30000, PollingInterval = 200 });
            // What waited during the cut leaves the store once acknowledged (asynchronously, just after the
            // Acked); the recording goes on, so the newest chunk may still wait for its own.
            var emptied = DateTimeOffset.UtcNow.AddSeconds(10);
            while ((await BrowserStorage.OfAsync(page)).AudioSeqs.Any(seq => seq < beforeRestore.NextSeq) && DateTimeOffset.UtcNow < emptied)
            {
                await page.WaitForTimeoutAsync(100);
            }

            var afterResume = await BrowserStorage.OfAsync(page);
            Assert.True(afterResume.AudioSeqs.All(seq => seq >= beforeRestore.NextSeq), $"audio from the cut is still in the browser: {afterResume}");
            await page.WaitForTimeoutAsync(2000);
            await page.GetByTestId("record-stop").ClickAsync();
            await page.WaitForURLAsync($"**/gesprekken/{conversation}", new() { Timeout = 60000 });

            var stats = await WebAppPages.CaptureStatsAsync(page);
            Assert.True(relay.Dropped >= 1);
            Assert.Equal(0, stats.Unacknowledged);
            Assert.True(stats.Resent >= 1 || stats.Sent > beforeRestore.Sent, "nothing was sent after the cut");
            Assert.Equal(Enumerable.Range(0, stats.NextSeq).Select(i => (long)i), Store.Audio.Sequences(conversation));
            var stored = await Worker.GetByteArrayAsync($"/api/conversations/{conversation}/audio");
            Assert.Equal(stats.BytesRecorded, stored.Length - 44);
            var storage = await BrowserStorage.OfAsync(page);
            Assert.True(storage.HoldsNothingOfAClient, storage.ToString());
        });
    }
}
