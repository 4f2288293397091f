namespace WhaiNot.Cli.Tests;

public sealed class BackupCommandTests : IDisposable
{
    private readonly TempDataFolder _temp = new TempDataFolder().WithBox();
    private readonly string _target = Path.Combine(Path.GetTempPath(), "whainot-backup-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _temp.Dispose();
        if (Directory.Exists(_target))
        {
            Directory.Delete(_target, recursive: true);
        }
    }

    [Fact]
    public void Backup_ShouldCopyTheDatabaseButNoKeys()
    {
        Cli.Succeed(_temp, "teams", "add", "--name", "Team");

        var result = Cli.Run(_temp, "backup", "--out", _target);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_target, "whainot.db")));
        Assert.False(Directory.Exists(Path.Combine(_target, "keys")));
        Assert.Contains("master.key apart", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Backup_IntoANonEmptyFolder_ShouldRefuseAndTouchNothing()
    {
        Cli.Succeed(_temp, "teams", "add", "--name", "Team");
        Directory.CreateDirectory(_target);
        File.WriteAllText(Path.Combine(_target, "iets.txt"), "bestaand");

        var result = Cli.Run(_temp, "backup", "--out", _target);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("niet leeg", result.Error, StringComparison.Ordinal);
        Assert.Equal(["iets.txt"], Directory.GetFiles(_target).Select(Path.GetFileName));
    }

    [Fact]
    public void Backup_WhenNoStore_ShouldExitTwo()
    {
        using var empty = new TempDataFolder();

        var result = Cli.Run(empty, "backup", "--out", _target);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.False(Directory.Exists(_target));
    }
}
