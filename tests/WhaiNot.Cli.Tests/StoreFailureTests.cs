using System.Security.Cryptography;
using System.Text;

namespace WhaiNot.Cli.Tests;

public sealed class StoreFailureTests : IDisposable
{
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // Every verb that works on a box, including the ones that add to it: a new box made by accident
    // (a mistyped --data) would, for example, export a CA the running box doesn't use.
    [Theory]
    [InlineData("audit", "verify")]
    [InlineData("users", "list")]
    [InlineData("teams", "list")]
    [InlineData("users", "disable", "--username", "a")]
    [InlineData("users", "reset", "--username", "a")]
    [InlineData("users", "add", "--username", "b", "--role", "dpo")]
    [InlineData("teams", "add", "--name", "Team West")]
    [InlineData("certs", "export-ca")]
    public void AnyVerb_WhenFolderDoesNotExist_ShouldExitTwoNameTheFolderAndCreateNothing(params string[] args)
    {
        // Act
        var result = Cli.Run(_temp, args);

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(_temp.Root, result.Error, StringComparison.Ordinal);
        Assert.Contains("geen appliance", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
        Assert.False(Directory.Exists(_temp.Root));
    }

    [Theory]
    [InlineData("audit", "verify")]
    [InlineData("users", "list")]
    [InlineData("certs", "export-ca")]
    public void AnyVerb_WhenFolderEmpty_ShouldExitTwoAndLeaveItEmpty(params string[] args)
    {
        // Arrange
        Directory.CreateDirectory(_temp.Root);

        // Act
        var result = Cli.Run(_temp, args);

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("geen appliance", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Folder.DatabasePath));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp.Root));
    }

    [Theory]
    [InlineData("users", "list")]
    [InlineData("audit", "verify")]
    [InlineData("users", "add", "--username", "b", "--role", "dpo")]
    [InlineData("certs", "export-ca")]
    public void AnyVerb_WhenKeyFileMissingNextToDatabase_ShouldExitOneAndCreateNoKey(params string[] args)
    {
        // Arrange
        _temp.WithBox();
        Cli.Succeed(_temp, "teams", "add", "--name", "Team West");
        File.Delete(_temp.Folder.MasterKeyPath);
        var before = TempDataFolder.Hash(_temp.Folder.DatabasePath);

        // Act
        var result = Cli.Run(_temp, args);

        // Assert
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("sleutelbestand", result.Error, StringComparison.Ordinal);
        Assert.Contains(_temp.Folder.MasterKeyPath, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Folder.MasterKeyPath));
        Assert.Equal(before, TempDataFolder.Hash(_temp.Folder.DatabasePath));
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Run_WhenKeyFileDamaged_ShouldExitOneAndLeaveKeyAndDatabaseUnchanged()
    {
        // Arrange
        _temp.WithBox();
        Cli.Succeed(_temp, "teams", "add", "--name", "Team West");
        var keyBytes = File.ReadAllBytes(_temp.Folder.MasterKeyPath);
        keyBytes[10] ^= 0xFF;
        File.WriteAllBytes(_temp.Folder.MasterKeyPath, keyBytes);
        var before = TempDataFolder.Hash(_temp.Folder.DatabasePath);

        // Act
        var result = Cli.Run(_temp, "users", "list");

        // Assert
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("beschadigd", result.Error, StringComparison.Ordinal);
        Assert.Equal(keyBytes, File.ReadAllBytes(_temp.Folder.MasterKeyPath));
        Assert.Equal(before, TempDataFolder.Hash(_temp.Folder.DatabasePath));
    }

    [Theory]
    [InlineData("random")]
    [InlineData("random-with-marker")]
    [InlineData("text")]
    public void Run_WhenDatabaseFileIsCorrupt_ShouldExitOneAndLeaveItUnchanged(string kind)
    {
        // Arrange
        _temp.WithBox();
        Cli.Succeed(_temp, "teams", "add", "--name", "Team West");
        var replacement = kind switch
        {
            "text" => Encoding.UTF8.GetBytes("dit is geen databank\n"),
            _ => RandomNumberGenerator.GetBytes(3 * 8192),
        };
        if (kind == "random")
        {
            replacement[0] = 0xFF;
        }
        else if (kind == "random-with-marker")
        {
            // Looks like an encrypted LiteDB file at first glance, so LiteDB itself gets to refuse it.
            replacement[0] = 1;
        }

        File.WriteAllBytes(_temp.Folder.DatabasePath, replacement);

        // Act
        var list = Cli.Run(_temp, "users", "list");
        var add = Cli.Run(_temp, "teams", "add", "--name", "Team Oost");

        // Assert
        Assert.Equal(ExitCodes.Failure, list.ExitCode);
        Assert.Contains(_temp.Folder.DatabasePath, list.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, add.ExitCode);
        Assert.Equal(replacement, File.ReadAllBytes(_temp.Folder.DatabasePath));
    }

    [Fact]
    public void Run_WhenStoreAlreadyOpenByAnotherUser_ShouldExitOneWithClearMessage()
    {
        // Arrange
        _temp.WithBox();
        Cli.Succeed(_temp, "teams", "add", "--name", "Team West");
        using var holder = _temp.OpenStore();

        // Act
        var result = Cli.Run(_temp, "users", "list");

        // Assert
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("in gebruik", result.Error, StringComparison.Ordinal);
    }
}
