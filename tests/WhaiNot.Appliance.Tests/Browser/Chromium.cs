using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Playwright;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// Debian's Chromium (installed by tests/test.sh) driven by Playwright, as an office PC's browser:
/// it trusts exactly the box's server certificate (pinned by its public key, nothing else), and can
/// take a WAV file as its microphone.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>What the pages wrote to the console and the errors they threw, for a failing test's message.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Log { get; } = new();

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("WHAINOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <param name="microphoneWav">A WAV file the fake microphone plays (looping), or null for none.</param>
    public static async Task<Chromium> LaunchAsync(RunningAppliance appliance, string? microphoneWav = null)
    {
        ArgumentNullException.ThrowIfNull(appliance);
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium ontbreekt op {ExecutablePath}: tests/test.sh installeert het Debian-pakket 'chromium'.");
        }

        var arguments = new List<string> { "--ignore-certificate-errors-spki-list=" + ServerKeyPin(appliance), "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required" };
        if (microphoneWav is not null)
        {
            arguments.Add("--use-file-for-fake-audio-capture=" + microphoneWav);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = arguments });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh browser profile (own cookies and storage), as a second PC would be.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-BE", ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, AcceptDownloads = true });
        // The test machine is shared and often loaded: generous waits, strict assertions.
        context.SetDefaultTimeout(60000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => Log.Enqueue($"console.{message.Type}: {message.Text}");
        page.PageError += (_, error) => Log.Enqueue("pageerror: " + error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Log.Enqueue($"http {response.Status}: {response.Url}");
            }
        };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    // Chromium's pin format: base64 of the SHA-256 of the certificate's SubjectPublicKeyInfo.
    private static string ServerKeyPin(RunningAppliance appliance)
    {
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(appliance.DataRoot, "certs", "server.crt"));
        return Convert.ToBase64String(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo()));
    }
}
