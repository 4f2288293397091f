namespace WhaiNot.Cli.Tests;

/// <summary>whainot backup and whainot restore with the service stopped: a snapshot per run, restored onto a new, empty box.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TempDataFolder _temp = new TempDataFolder().WithBox();
    private readonly TempDataFolder _newBox = new();
    private readonly string _target = Path.Combine(Path.GetTempPath(), "whainot-backup-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _temp.Dispose();
        _newBox.Dispose();
        if (Directory.Exists(_target))
        {
            Directory.Delete(_target, recursive: true);
        }
    }

    [Fact]
    public void BackupThenRestore_ShouldBringTheBoxBackOnAnEmptyFolderWithoutKeysInTheSnapshot()
    {
        Cli.Succeed(_temp, "teams", "add", "--name", "Team Noord");

        var first = Cli.Run(_temp, "backup", "--to", _target);
        var second = Cli.Run(_temp, "backup", "--to", _target, "--key-days", "3");

        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        Assert.True(second.ExitCode == ExitCodes.Success, second.ToString());
        Assert.Contains("hoofdsleutel zit er bewust niet in", second.Output, StringComparison.Ordinal);
        var snapshots = Directory.GetDirectories(Path.Combine(_target, "snapshots"));
        Assert.Equal(2, snapshots.Length);
        Assert.All(snapshots, s => Assert.False(Directory.Exists(Path.Combine(s, "data", "keys"))));

        var restore = Cli.Run(_newBox, "restore", "--from", _target, "--master-key", _temp.Folder.MasterKeyPath);

        Assert.True(restore.ExitCode == ExitCodes.Success, restore.ToString());
        using var store = _newBox.OpenStore();
        Assert.NotNull(store.Accounts.FindTeam("Team Noord"));
        Assert.Equal(TempDataFolder.Hash(_temp.Folder.MasterKeyPath), TempDataFolder.Hash(_newBox.Folder.MasterKeyPath));
    }

    [Fact]
    public void Backup_IntoAFolderWithOtherFiles_ShouldRefuseAndTouchNothing()
    {
        Directory.CreateDirectory(_target);
        File.WriteAllText(Path.Combine(_target, "iets.txt"), "bestaand");

        var result = Cli.Run(_temp, "backup", "--to", _target);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("andere bestanden dan WhaiNot-back-ups", result.Error, StringComparison.Ordinal);
        Assert.Equal(["iets.txt"], Directory.GetFileSystemEntries(_target).Select(Path.GetFileName));
    }

    [Fact]
    public void Backup_WhenNoStore_ShouldExitTwo()
    {
        using var empty = new TempDataFolder();

        var result = Cli.Run(empty, "backup", "--to", _target);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.False(Directory.Exists(_target));
    }

    [Fact]
    public void Restore_OntoTheRunningBoxFolder_ShouldRefuseAndLeaveItAsItWas()
    {
        Cli.Succeed(_temp, "backup", "--to", _target);
        var before = TempDataFolder.Hash(_temp.Folder.DatabasePath);

        var result = Cli.Run(_temp, "restore", "--from", _target, "--master-key", _temp.Folder.MasterKeyPath);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("niet leeg", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, TempDataFolder.Hash(_temp.Folder.DatabasePath));
    }

    [Fact]
    public void Restore_WithAMissingMasterKey_ShouldSayWhereToFindItInDutch()
    {
        Cli.Succeed(_temp, "backup", "--to", _target);

        var result = Cli.Run(_newBox, "restore", "--from", _target, "--master-key", Path.Combine(_target, "master.key"));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("ontbreekt", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_newBox.Folder.DatabasePath));
    }

    [Fact]
    public void Restore_FromAFolderWithoutBackups_ShouldSayNoBackupIsThere()
    {
        Directory.CreateDirectory(_target);

        var result = Cli.Run(_newBox, "restore", "--from", _target, "--master-key", _temp.Folder.MasterKeyPath);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("staat geen back-up", result.Error, StringComparison.Ordinal);
    }
}
