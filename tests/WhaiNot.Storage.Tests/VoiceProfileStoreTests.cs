namespace WhaiNot.Storage.Tests;

public sealed class VoiceProfileStoreTests : IDisposable
{
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Profile_ShouldSurviveReopening_AndBelongToItsWorkerOnly()
    {
        var worker = Guid.NewGuid();
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            store.VoiceProfiles.Save(worker, new VoiceProfile("mfcc-stats", [1.5f, -2.25f, 3f], 24.5));
        }

        using var reopened = ApplianceStore.Open(_temp.Folder);
        var profile = reopened.VoiceProfiles.Find(worker)!;
        Assert.Equal("mfcc-stats", profile.Embedder);
        Assert.Equal([1.5f, -2.25f, 3f], profile.Vector);
        Assert.NotNull(reopened.VoiceProfiles.EnrolledAt(worker));
        Assert.Null(reopened.VoiceProfiles.Find(Guid.NewGuid()));
    }

    [Fact]
    public void Delete_ShouldDestroyTheKey_SoTheSealedRecordCanNeverBeOpened()
    {
        var worker = Guid.NewGuid();
        using var store = ApplianceStore.Open(_temp.Folder);
        store.VoiceProfiles.Save(worker, new VoiceProfile("mfcc-stats", [0.5f], 20));

        Assert.True(store.VoiceProfiles.Delete(worker));

        Assert.Null(store.VoiceProfiles.Find(worker));
        Assert.Null(store.VoiceProfiles.EnrolledAt(worker));
        Assert.Null(store.Keys.Find(VoiceProfileStore.KeyOwner(worker)));
        Assert.False(store.VoiceProfiles.Delete(worker));
    }

    [Fact]
    public void ReEnrolment_ShouldReplaceTheProfileUnderAFreshKey()
    {
        var worker = Guid.NewGuid();
        using var store = ApplianceStore.Open(_temp.Folder);
        store.VoiceProfiles.Save(worker, new VoiceProfile("mfcc-stats", [0.5f], 20));

        store.VoiceProfiles.Save(worker, new VoiceProfile("mfcc-stats", [0.75f], 22));

        Assert.Equal([0.75f], store.VoiceProfiles.Find(worker)!.Vector);
    }
}
