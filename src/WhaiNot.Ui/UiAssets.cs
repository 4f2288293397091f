using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace WhaiNot.Ui;

/// <summary>
/// The files the pages load: the web app's own style and scripts (/ui) and the browser capture
/// module with the SignalR client (/capture), both copied next to the binary at build. The import
/// map lets the capture module import "@microsoft/signalr" without a bundler; it is the page's only
/// inline script, allowed by its hash in the Content-Security-Policy.
/// </summary>
public static class UiAssets
{
    public const string ImportMap = """{"imports":{"@microsoft/signalr":"/capture/signalr-browser.js"}}""";

    /// <summary>The CSP source that allows exactly the import map above.</summary>
    public static string ImportMapHash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ImportMap))) + "'";

    internal static void UseUiAssets(this IApplicationBuilder app)
    {
        foreach (var folder in new[] { "ui", "capture" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, folder);
            if (Directory.Exists(path))
            {
                app.UseStaticFiles(new StaticFileOptions { RequestPath = "/" + folder, FileProvider = new PhysicalFileProvider(path) });
            }
        }
    }
}
