using LiteDB;
using WhaiNot.Security.Keys;

namespace WhaiNot.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly TempDataFolder _temp = new TempDataFolder().WithBox();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Verify_WhenChainUntouched_ShouldExitZeroAndReportIntact()
    {
        // Arrange
        CreateStoreWithThreeAuditEntries();

        // Act
        var result = Cli.Run(_temp, "audit", "verify");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("intact", result.Output, StringComparison.Ordinal);
        Assert.Contains("3 regels", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Verify_WhenAnEntryIsEditedInTheFile_ShouldExitOneAndNameThatEntry()
    {
        // Arrange
        CreateStoreWithThreeAuditEntries();
        Tamper(audit =>
        {
            var entry = audit.FindById(2L);
            entry["Outcome"] = "denied";
            Assert.True(audit.Update(entry));
        });

        // Act
        var result = Cli.Run(_temp, "audit", "verify");

        // Assert
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("regel 2", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("intact", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WhenTheLastEntryIsDeleted_ShouldExitOneAndNameTheMissingEntry()
    {
        // Arrange
        CreateStoreWithThreeAuditEntries();
        Tamper(audit => Assert.True(audit.Delete(3L)));

        // Act
        var result = Cli.Run(_temp, "audit", "verify");

        // Assert
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("regel 3", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WhenRunTwice_ShouldNotAddToTheChainItChecks()
    {
        // Arrange
        CreateStoreWithThreeAuditEntries();

        // Act
        Cli.Succeed(_temp, "audit", "verify");
        var second = Cli.Run(_temp, "audit", "verify");

        // Assert
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains("3 regels", second.Output, StringComparison.Ordinal);
    }

    /// <summary>teams add, users add, users disable: three audited actions.</summary>
    private void CreateStoreWithThreeAuditEntries()
    {
        Cli.Succeed(_temp, "teams", "add", "--name", "Team Zuid");
        Cli.Succeed(_temp, "users", "add", "--username", "an", "--role", "teamlead", "--team", "Team Zuid");
        Cli.Succeed(_temp, "users", "disable", "--username", "an");
    }

    /// <summary>Edits the audit collection directly in the file, as someone holding the key could.</summary>
    private void Tamper(Action<ILiteCollection<BsonDocument>> edit)
    {
        using var key = MasterKeyFile.Read(_temp.Folder.MasterKeyPath);
        using var db = new LiteDatabase(new ConnectionString
        {
            Filename = _temp.Folder.DatabasePath,
            Password = key.DerivePassword(KeyPurpose.Database),
        });
        edit(db.GetCollection("audit"));
    }
}
