using System.Text.Json;

namespace WhaiNot.Cli.Tests;

/// <summary>whainot status on a stopped box: what the files tell, in Dutch and as JSON.</summary>
public sealed class StatusCommandTests : IDisposable
{
    private readonly TempDataFolder _temp = new TempDataFolder().WithBox();
    private readonly string _backups = Path.Combine(Path.GetTempPath(), "whainot-status-backup-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _temp.Dispose();
        if (Directory.Exists(_backups))
        {
            Directory.Delete(_backups, recursive: true);
        }
    }

    [Fact]
    public void Status_OfAStoppedBoxWithoutBackup_ShouldSayNotRunningAndNeverBackedUp()
    {
        var result = Cli.Run(_temp, "status");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("draait niet", result.Output, StringComparison.Ordinal);
        Assert.Contains("nog nooit", result.Output, StringComparison.Ordinal);
        Assert.Contains("intact", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_AfterABackup_ShouldNameWhenAndWhere()
    {
        Cli.Succeed(_temp, "backup", "--to", _backups);

        var result = Cli.Run(_temp, "status", "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var status = JsonDocument.Parse(result.Output).RootElement;
        Assert.False(status.GetProperty("serviceRunning").GetBoolean());
        Assert.Equal(Path.GetFullPath(_backups), status.GetProperty("lastBackupPlace").GetString());
        Assert.True(status.GetProperty("lastBackup").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.True(status.GetProperty("auditIntact").GetBoolean());
        Assert.True(status.GetProperty("freeDiskBytes").GetInt64() > 0);
    }

    [Fact]
    public void Status_OfAFolderWithoutABox_ShouldExitTwo()
    {
        using var empty = new TempDataFolder();

        var result = Cli.Run(empty, "status");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
    }
}
