using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using WhaiNot.Ui;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// The worker's whole recorded conversation in real Chromium, with Dutch speech as the microphone:
/// consent, live transcript, an extractive draft whose sources play, an unsupported sentence dropped,
/// validation and the PDF. axe checks every screen on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RecordingFlowBrowserTests : BrowserTest, IDisposable
{
    private static readonly TimeSpan RecordFor = TimeSpan.FromSeconds(20);

    private readonly string _work = Directory.CreateTempSubdirectory("whainot-ui-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task RecordedConversation_ShouldShowLiveTextAndLeadToAValidatedReportWithPlayableSources()
    {
        var chromium = await ChromiumAsync(FakeMicrophone.Write(_work));
        var page = await chromium.NewPageAsync();
        await WebAppPages.SignInAsync(page, Appliance, "worker", North);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "dagoverzicht");

        // Dossier → new conversation → yes to every question → the recording screen.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dossiers" }).ClickAsync();
        await page.WaitForURLAsync("**/dossiers");
        await page.Locator("table.list a").First.ClickAsync();
        await page.WaitForURLAsync("**/dossiers/*");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuw gesprek starten" }).ClickAsync();
        await page.WaitForURLAsync("**/toestemming");
        for (var scope = 0; scope < 3; scope++)
        {
            await page.Locator("fieldset.scope").Nth(scope).GetByLabel(UiTexts.Yes, new() { Exact = true }).CheckAsync();
        }

        await page.GetByTestId("consent-confirm").ClickAsync();
        await page.WaitForURLAsync("**/opname");
        await WebAppPages.WaitForCircuitAsync(page);
        var conversation = Guid.Parse(page.Url.Split('/')[^2]);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "opname (klaar)");

        // About 20 s of speech from the fake microphone; the box's segments show up while it records.
        var started = DateTimeOffset.UtcNow;
        await WebAppPages.StartRecordingAsync(page);
        await page.Locator("[data-testid=live-transcript] li").First.WaitForAsync(new() { Timeout = 60000 });
        var remaining = RecordFor - (DateTimeOffset.UtcNow - started);
        if (remaining > TimeSpan.Zero)
        {
            await page.WaitForTimeoutAsync((float)remaining.TotalMilliseconds);
        }

        Assert.True(await page.Locator("[data-testid=live-transcript] li").CountAsync() >= 1);
        await WebAppPages.ScreenshotAsync(page, "opname-live");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "opname (live)");
        await page.GetByTestId("record-stop").ClickAsync();
        await page.WaitForURLAsync($"**/gesprekken/{conversation}", new() { Timeout = 60000 });
        await WebAppPages.WaitForCircuitAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "gesprek");

        // Everything recorded is on the box, nothing of the client stays in the browser.
        var stats = await WebAppPages.CaptureStatsAsync(page);
        Assert.Equal(0, stats.Unacknowledged);
        Assert.Equal(stats.NextSeq - 1, stats.AckedUpTo);
        Assert.True(stats.BytesRecorded >= (long)(RecordFor.TotalSeconds - 2) * DutchSpeech.BytesPerSecond, $"only {stats.BytesRecorded} bytes recorded");
        Assert.Equal(Enumerable.Range(0, stats.NextSeq).Select(i => (long)i), Store.Audio.Sequences(conversation));
        var stored = await Worker.GetByteArrayAsync($"/api/conversations/{conversation}/audio");
        Assert.Equal(stats.BytesRecorded, stored.Length - 44);
        var storage = await BrowserStorage.OfAsync(page);
        Assert.True(storage.HoldsNothingOfAClient, storage.ToString());

        // The test speech model writes noise: the worker's corrections make it the real conversation.
        await CorrectTranscriptAsync(conversation);

        await page.GetByRole(AriaRole.Link, new() { Name = UiTexts.Conversations.WriteReport }).ClickAsync();
        await page.WaitForURLAsync("**/verslag");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "verslag maken");
        await page.GetByLabel(UiTexts.Reports.EngineExtractive).CheckAsync();
        await page.GetByTestId("make-report").ClickAsync();
        await page.WaitForURLAsync("**/verslagen/*", new() { Timeout = 60000 });
        await WebAppPages.WaitForCircuitAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "verslag nakijken");

        await SourceChipShouldPlayItsAudioAsync(page, conversation);

        // A sentence the conversation does not support: the box flags it with the reason.
        await page.Locator("[data-testid=draft] textarea").First.FillAsync("Mevrouw heeft vijf honden en een zeilboot in Oostende.");
        await page.GetByTestId("save").ClickAsync();
        await page.GetByText(UiTexts.Reports.Saved).WaitForAsync();
        var unsupported = page.Locator(".sentence.unsupported");
        Assert.True(await unsupported.CountAsync() >= 1, "the made-up sentence was not flagged");
        Assert.Contains(UiTexts.Reports.Unsupported, await unsupported.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByTestId("validate").IsDisabledAsync());
        await WebAppPages.ScreenshotAsync(page, "verslag-ontwerp");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "verslag met niet-gestaafde zin");

        // Drop every unsupported sentence, write the worker's own sections, save, validate.
        for (var left = await unsupported.CountAsync(); left > 0; left--)
        {
            await unsupported.First.Locator("button.link").ClickAsync();
            await page.WaitForFunctionAsync("n => document.querySelectorAll('.sentence.unsupported').length < n", left);
        }

        var human = page.Locator("section.report-section.human");
        for (var i = 0; i < await human.CountAsync(); i++)
        {
            if (await human.Nth(i).Locator("textarea").CountAsync() == 0)
            {
                await human.Nth(i).GetByRole(AriaRole.Button, new() { Name = UiTexts.Reports.AddSentence }).ClickAsync();
                await human.Nth(i).Locator("textarea").Last.FillAsync("Ik stel voor het leefloon toe te kennen en een budgetbegeleiding te starten.");
            }
        }

        // Required parts the conversation said nothing about: "niet van toepassing", the worker's decision.
        var openParts = page.GetByTestId("not-applicable");
        for (var i = await openParts.CountAsync() - 1; i >= 0; i--)
        {
            await openParts.Nth(i).CheckAsync();
        }

        await page.GetByTestId("save").ClickAsync();
        await page.GetByText(UiTexts.Reports.Saved).WaitForAsync();
        Assert.Equal(0, await unsupported.CountAsync());
        var blockers = page.GetByTestId("blockers");
        Assert.True(await page.GetByTestId("validate").IsEnabledAsync(), await blockers.CountAsync() > 0 ? await blockers.InnerTextAsync() : "validate disabled");
        await page.GetByTestId("validate").ClickAsync();
        await page.Locator("p.notice", new() { HasTextString = UiTexts.Reports.ValidatedBy }).WaitForAsync();
        await WebAppPages.ScreenshotAsync(page, "verslag-gevalideerd-ontwerp");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "gevalideerd verslag");
        var title = (await page.Locator("h1").First.EvaluateAsync<string>("h => h.firstChild.textContent")).Trim();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-pdf").ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Contains(title.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotNull(Store.Conversations.Find(conversation)!.ReportValidatedAt);
    }

    // A chip asks the box for exactly its segment's audio and the page plays it.
    private static async Task SourceChipShouldPlayItsAudioAsync(IPage page, Guid conversation)
    {
        var chip = page.Locator("button.chip").First;
        var response = await page.RunAndWaitForResponseAsync(() => chip.ClickAsync(), r => r.Url.Contains($"/api/conversations/{conversation}/audio?from=", StringComparison.OrdinalIgnoreCase), new() { Timeout = 30000 });
        Assert.Equal((int)HttpStatusCode.OK, response.Status);
        Assert.Equal("audio/wav", (await response.HeaderValueAsync("content-type"))?.Split(';')[0]);
        var src = await page.GetByTestId("source-audio").GetAttributeAsync("src");
        Assert.Matches(@"/audio\?from=[0-9.]+&to=[0-9.]+$", src);
        await page.WaitForFunctionAsync("() => { const a = document.querySelector('[data-testid=source-audio]'); return a && (a.currentTime > 0 || a.ended); }", null, new() { Timeout = 15000 });
        var segment = await chip.GetAttributeAsync("data-source");
        Assert.Contains("highlight", await page.Locator($"li[data-segment='{segment}']").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
    }

    // Waits until the box transcribed everything, then puts the intake's sentences in its segments.
    private async Task CorrectTranscriptAsync(Guid conversation)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(3);
        JsonElement transcript;
        while (!(transcript = await Worker.GetFromJsonAsync<JsonElement>($"/api/conversations/{conversation}/transcript")).GetProperty("complete").GetBoolean())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "transcript not complete after 3 minutes");
            await Task.Delay(500);
        }

        var segments = transcript.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(segments);
        for (var i = 0; i < segments.Count; i++)
        {
            // Spread the sentences over the segments; the last one takes what is left.
            var share = FakeMicrophone.Intake.Skip(i * FakeMicrophone.Intake.Length / segments.Count).Take(i == segments.Count - 1 ? int.MaxValue : Math.Max(1, FakeMicrophone.Intake.Length / segments.Count));
            var text = string.Join(" ", share) is { Length: > 0 } joined ? joined : "Dat klopt.";
            using var response = await Worker.PatchAsJsonAsync($"/api/conversations/{conversation}/transcript/segments/{segments[i]}", new { text, speaker = i == 0 ? "worker" : "client" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
