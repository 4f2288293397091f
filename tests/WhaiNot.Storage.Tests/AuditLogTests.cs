using LiteDB;
using WhaiNot.Domain.Audit;
using WhaiNot.Security.Keys;
using WhaiNot.Storage.Audit;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage.Tests;

public sealed class AuditLogTests : IDisposable
{
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Verify_WhenUntouched_ShouldReportIntactChain()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        AppendFive(store);

        var result = store.Audit.Verify();

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Fact]
    public void Append_ShouldLinkEachEntryToThePreviousOne()
    {
        using var store = ApplianceStore.Open(_temp.Folder);

        var first = store.Audit.Append("an", AuditAction.SignIn, null);
        var second = store.Audit.Append("an", AuditAction.DossierRead, "dossier:1");

        Assert.Equal(AuditLog.GenesisHash, first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(first.Sequence + 1, second.Sequence);
    }

    [Fact]
    public void Verify_WhenAnEntryIsEditedInTheFile_ShouldReportThatEntry()
    {
        CreateLogWithFiveEntries();
        Tamper(audit => audit.Update(WithOutcome(audit.FindById(3L), "denied")));

        using var store = ApplianceStore.Open(_temp.Folder);
        var result = store.Audit.Verify();

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_WhenAnEntryIsEditedAndRehashed_ShouldReportTheNextEntry()
    {
        CreateLogWithFiveEntries();
        // A careful forger recomputes the edited entry's hash; the next link then no longer matches.
        Tamper(audit =>
        {
            var entry = audit.FindById(2L);
            entry.Actor = "iemand-anders";
            entry.Hash = new string('a', 64);
            audit.Update(entry);
        });

        using var store = ApplianceStore.Open(_temp.Folder);
        var result = store.Audit.Verify();

        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_WhenAMiddleEntryIsDeleted_ShouldReportTheGap()
    {
        CreateLogWithFiveEntries();
        Tamper(audit => audit.Delete(4L));

        using var store = ApplianceStore.Open(_temp.Folder);
        var result = store.Audit.Verify();

        Assert.Equal(4, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_WhenTheLastEntriesAreCutOff_ShouldReportTheMissingEnd()
    {
        CreateLogWithFiveEntries();
        Tamper(audit =>
        {
            audit.Delete(5L);
            audit.Delete(4L);
        });

        using var store = ApplianceStore.Open(_temp.Folder);
        var result = store.Audit.Verify();

        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("einde", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_AfterReopen_ShouldContinueTheSameChain()
    {
        CreateLogWithFiveEntries();

        using var store = ApplianceStore.Open(_temp.Folder);
        var next = store.Audit.Append("dpo", AuditAction.AuditRead, null);

        Assert.Equal(6, next.Sequence);
        Assert.True(store.Audit.Verify().IsIntact);
    }

    private void CreateLogWithFiveEntries()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        AppendFive(store);
    }

    private static void AppendFive(ApplianceStore store)
    {
        store.Audit.Append("an", AuditAction.SignIn, null);
        store.Audit.Append("an", AuditAction.DossierList, "team:1");
        store.Audit.Append("an", AuditAction.DossierRead, "dossier:1");
        store.Audit.Append("bert", AuditAction.SignInFailed, null, "failed");
        store.Audit.Append("an", AuditAction.SignOut, null);
    }

    /// <summary>Edits the audit collection directly in the file, as someone holding the key could.</summary>
    private void Tamper(Action<ILiteCollection<AuditDocument>> edit)
    {
        using var key = MasterKeyFile.Read(_temp.Folder.MasterKeyPath);
        using var db = new LiteDatabase(new ConnectionString
        {
            Filename = _temp.Folder.DatabasePath,
            Password = key.DerivePassword(KeyPurpose.Database),
        });
        edit(db.GetCollection<AuditDocument>("audit"));
    }

    private static AuditDocument WithOutcome(AuditDocument entry, string outcome)
    {
        entry.Outcome = outcome;
        return entry;
    }
}
