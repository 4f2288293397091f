namespace WhaiNot.Storage.Tests;

public sealed class TemplateStoreTests : IDisposable
{
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Versions_ShouldOnlyBeAddedNeverReplaced()
    {
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        using var store = ApplianceStore.Open(_temp.Folder);
        store.Templates.Add("intakeverslag", "1", "{\"v\":1}", "systeem", at);
        store.Templates.Add("intakeverslag", "2", "{\"v\":2}", "frank.beheer", at.AddDays(1));

        Assert.Throws<DuplicateException>(() => store.Templates.Add("intakeverslag", "1", "{\"v\":\"changed\"}", "frank.beheer", at));
        Assert.Equal("{\"v\":1}", store.Templates.Definition("intakeverslag", "1"));
        Assert.Equal(["1", "2"], store.Templates.All().Where(t => t.TemplateId == "intakeverslag").Select(t => t.Version).Order());
        Assert.Equal("frank.beheer", store.Templates.All().Single(t => t.Version == "2").AddedBy);
    }
}
