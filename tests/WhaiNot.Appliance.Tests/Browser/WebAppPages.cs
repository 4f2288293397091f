using Microsoft.Playwright;
using WhaiNot.Ui;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>What a person does in the web app, step by step, shared by the browser tests.</summary>
public static class WebAppPages
{
    /// <summary>Where screenshots go when WHAINOT_UI_SCREENSHOTS names a folder (docs/ui is made this way).</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("WHAINOT_UI_SCREENSHOTS");

    /// <param name="via">Where the browser reaches the box (a <see cref="TcpRelay"/>); the box itself when null.</param>
    public static async Task SignInAsync(IPage page, RunningAppliance appliance, string role, string? team = null, Uri? via = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(appliance);
        var credential = appliance.Credentials.First(c => c.Role == role && (team is null || c.Team == team));
        await page.GotoAsync(new Uri(via ?? appliance.BaseAddress, "/aanmelden").ToString());
        await page.GetByLabel("Gebruikersnaam").FillAsync(credential.Username);
        await page.GetByLabel("Wachtwoord").FillAsync(credential.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/aanmelden", StringComparison.Ordinal), new() { Timeout = 90000 });
        await WaitForCircuitAsync(page);
    }

    /// <summary>The interactive circuit is up (Blazor started), so clicks reach the box.</summary>
    public static async Task WaitForCircuitAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('main[data-interactive]')", null, new() { Timeout = 60000 });
    }

    /// <summary>Opens a page of the web app and waits for its circuit.</summary>
    public static async Task OpenAsync(IPage page, Uri box, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(new Uri(box, path).ToString());
        await WaitForCircuitAsync(page);
    }

    /// <summary>On the recording screen: starts recording and waits until the box acknowledges audio.</summary>
    public static async Task StartRecordingAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByTestId("record-start").ClickAsync();
        await page.WaitForFunctionAsync("async () => { const s = (await import('/ui/recording.js')).lastCaptureStats(); return s?.state === 'recording' && s.acknowledged > 0; }", null, new() { Timeout = 30000, PollingInterval = 200 });
        await page.GetByTestId("record-stop").WaitForAsync();
    }

    /// <summary>The recording module's figures for the last capture of this page (recording.js lastCaptureStats).</summary>
    public static async Task<CaptureStats> CaptureStatsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var stats = await page.EvaluateAsync<System.Text.Json.JsonElement>("async () => (await import('/ui/recording.js')).lastCaptureStats()");
        return System.Text.Json.JsonSerializer.Deserialize<CaptureStats>(stats, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)) ?? throw new InvalidOperationException("no capture on this page");
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (ScreenshotFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}

/// <summary>What the capture module counted: chunks recorded (into the browser's store), sent, acknowledged.</summary>
public sealed record CaptureStats(int Recorded, int Sent, int Resent, int Acknowledged, int NextSeq, int AckedUpTo, int Unacknowledged, string State, long BytesRecorded);
