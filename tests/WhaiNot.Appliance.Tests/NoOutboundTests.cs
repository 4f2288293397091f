using Microsoft.Extensions.DependencyInjection;

namespace WhaiNot.Appliance.Tests;

/// <summary>A production box refuses every outbound request before it is sent; only --demo may fetch.</summary>
public sealed class NoOutboundTests
{
    [Fact]
    public async Task HttpClient_OnAProductionBox_ShouldRefuseBeforeSendingAnything()
    {
        await using var production = await RunningAppliance.StartAsync(demo: false);
        using var client = production.App.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://127.0.0.1:{port}/"));

        Assert.Contains("geen verbindingen naar buiten", refused.Message, StringComparison.Ordinal);
        Assert.False(listener.Pending(), "the request reached the network");
    }

    [Fact]
    public async Task HttpClient_OnADemoBox_ShouldBeAllowedToFetch()
    {
        await using var demo = await RunningAppliance.StartAsync();
        using var client = demo.App.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        // Nobody answers the HTTP request, so the call waits until the timeout; what matters is that it connected.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync($"http://127.0.0.1:{port}/", timeout.Token));

        Assert.True(listener.Pending(), "the demo's request never reached the network");
    }
}
