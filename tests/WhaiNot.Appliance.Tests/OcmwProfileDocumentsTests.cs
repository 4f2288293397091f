using Microsoft.Extensions.Options;
using WhaiNot.Application.Ocmw;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Refusals;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>No letter or report from a placeholder OCMW: a real box refuses until its profile is filled in; a demo box falls back to the configured name.</summary>
public sealed class OcmwProfileDocumentsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "whainot-ocmw-" + Guid.NewGuid().ToString("N"));
    private readonly ApplianceStore _store;

    public OcmwProfileDocumentsTests() => _store = ApplianceStore.Open(new DataFolder(_root));

    [Fact]
    public void ForDocuments_EmptyProfileOnARealBox_ShouldRefuseInDutch()
    {
        var refusal = Assert.Throws<ConflictRefusal>(() => Service(demo: false).ForDocuments());

        Assert.StartsWith("Het OCMW-profiel is nog niet ingevuld", refusal.Message, StringComparison.Ordinal);
        Assert.False(Service(demo: false).CanMakeDocuments);
    }

    [Fact]
    public void ForDocuments_EmptyProfileOnADemoBox_ShouldUseTheConfiguredName()
    {
        Assert.Equal("OCMW Demo", Service(demo: true).ForDocuments().Name);
    }

    [Fact]
    public void ForDocuments_FilledProfile_ShouldBeUsed()
    {
        _store.OcmwProfile.Save(new("OCMW Echtstad", "Markt 1", "dpo@echtstad.example", "klachten@echtstad.example"), "frank", DateTimeOffset.UtcNow);

        Assert.Equal("OCMW Echtstad", Service(demo: false).ForDocuments().Name);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private OcmwProfileService Service(bool demo) =>
        new(_store.OcmwProfile, _store.Audit, TimeProvider.System, Options.Create(new ApplianceOptions { Demo = demo, OcmwName = "OCMW Demo" }));
}
