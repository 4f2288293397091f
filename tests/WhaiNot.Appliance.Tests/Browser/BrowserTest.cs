namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>A fresh demo appliance with real engines and a Chromium to use it with; closed after each test.</summary>
public abstract class BrowserTest : NorthWorkerTest
{
    private Chromium? _chromium;

    protected override bool WithEngines => true;

    protected async Task<Chromium> ChromiumAsync(string? microphoneWav = null) =>
        _chromium ??= await Chromium.LaunchAsync(Appliance, microphoneWav);

    public override async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
