using System.Net.Http.Json;
using System.Text.Json;
using WhaiNot.Native.Models;
using WhaiNot.Native.Runtime;

namespace WhaiNot.Appliance.Tests;

/// <summary>--demo on a box without real models installs the CPU runtime and the self-made test models, and says they produce noise.</summary>
public sealed class DemoEnginesTests
{
    [Fact]
    public async Task Demo_WithoutRealModels_ShouldInstallTestModelsAndRuntimeAndSaySo()
    {
        await using var appliance = await RunningAppliance.StartAsync(demoEngines: true);
        using var client = appliance.Client();

        var engines = await WaitForEnginesAsync(client);

        Assert.Equal("test-models", engines.GetProperty("state").GetString());
        Assert.Contains("ruis", engines.GetProperty("notice").GetString(), StringComparison.Ordinal);
        var models = Path.Combine(appliance.DataRoot, "models");
        foreach (var entry in ModelManifest.Shipped().Models.Where(m => m.TestModel))
        {
            ModelVerifier.Verify(entry, models);
        }

        Assert.NotNull(InstalledRuntime.Load(Path.Combine(appliance.DataRoot, "runtime"), RuntimeVariant.Cpu));
    }

    [Fact]
    public async Task Demo_WithEnginesSwitchedOff_ShouldReportNothingInstalled()
    {
        await using var appliance = await RunningAppliance.StartAsync(demoEngines: false);
        using var client = appliance.Client();

        var health = await client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("not-installed", health.GetProperty("engines").GetProperty("state").GetString());
        Assert.False(Directory.Exists(Path.Combine(appliance.DataRoot, "models")));
    }

    private static async Task<JsonElement> WaitForEnginesAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var engines = (await client.GetFromJsonAsync<JsonElement>("/health")).GetProperty("engines");
            if (engines.GetProperty("state").GetString() is not ("installing" or "not-installed"))
            {
                return engines;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("De demo-engines werden niet binnen een minuut geïnstalleerd.");
    }
}
