using Microsoft.Playwright;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>What a person does in the web app, step by step, shared by the browser tests.</summary>
public static class WebAppPages
{
    /// <summary>Where screenshots go when WHAINOT_UI_SCREENSHOTS names a folder (docs/ui is made this way).</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("WHAINOT_UI_SCREENSHOTS");

    public static async Task SignInAsync(IPage page, RunningAppliance appliance, string role, string? team = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(appliance);
        var credential = appliance.Credentials.First(c => c.Role == role && (team is null || c.Team == team));
        await page.GotoAsync(new Uri(appliance.BaseAddress, "/aanmelden").ToString());
        await page.GetByLabel("Gebruikersnaam").FillAsync(credential.Username);
        await page.GetByLabel("Wachtwoord").FillAsync(credential.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/aanmelden", StringComparison.Ordinal));
        await WaitForCircuitAsync(page);
    }

    /// <summary>The interactive circuit is up (Blazor started), so clicks reach the box.</summary>
    public static async Task WaitForCircuitAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('main')", null, new() { Timeout = 15000 });
        await page.WaitForTimeoutAsync(300);
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
