using Microsoft.Playwright;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>A fresh demo appliance with real engines and a Chromium to use it with; closed after each test.</summary>
public abstract class BrowserTest : NorthWorkerTest
{
    private Chromium? _chromium;

    protected override bool WithEngines => true;

    protected async Task<Chromium> ChromiumAsync(string? microphoneWav = null) =>
        _chromium ??= await Chromium.LaunchAsync(Appliance, microphoneWav);

    /// <summary>Runs a browser test's steps; on failure the message carries the pages' console and a screenshot path.</summary>
    protected async Task WithDiagnosticsAsync(IPage page, Func<Task> steps)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(steps);
        try
        {
            await steps();
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
        {
            var shot = Path.Combine(Path.GetTempPath(), $"whainot-browser-failure-{Guid.NewGuid():N}.png");
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new TimeoutException(ex.Message + "\nurl " + page.Url + ", screenshot " + shot + "\n" + string.Join("\n", _chromium?.Log ?? []), ex);
        }
    }

    public override async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
