using System.Net.Http.Json;
using System.Text.Json;

namespace WhaiNot.Appliance.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Uptime_ShouldCountFromStartNotFromTheFirstRequest()
    {
        await using var appliance = await RunningAppliance.StartAsync(demo: false);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        using var client = appliance.Client();

        var health = await client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("uptimeSeconds").GetInt64() >= 1, health.ToString());
    }
}
