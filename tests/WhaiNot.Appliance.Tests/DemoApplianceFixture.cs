namespace WhaiNot.Appliance.Tests;

/// <summary>One demo appliance shared by the tests of a class that only read from it.</summary>
public sealed class DemoApplianceFixture : IAsyncLifetime
{
    public RunningAppliance Appliance { get; private set; } = null!;

    public async Task InitializeAsync() => Appliance = await RunningAppliance.StartAsync();

    public async Task DisposeAsync() => await Appliance.DisposeAsync();
}
