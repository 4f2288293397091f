using WhaiNot.Storage;

namespace WhaiNot.Cli.Tests;

/// <summary>Tests that change process-wide environment variables; they run alone, not beside other classes.</summary>
[CollectionDefinition("environment", DisableParallelization = true)]
public sealed class EnvironmentCollection;

[Collection("environment")]
public sealed class EnvironmentDataFolderTests : IDisposable
{
    private readonly TempDataFolder _temp = new();
    private readonly TempDataFolder _other = new();
    private readonly string? _saved = Environment.GetEnvironmentVariable(DataFolder.EnvironmentVariable);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, _saved);
        _temp.Dispose();
        _other.Dispose();
    }

    [Fact]
    public void Run_WhenDataOptionOmitted_ShouldUseWhainotDataVariable()
    {
        // Arrange
        Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, _temp.Root);

        Assert.Equal(ExitCodes.Success, Cli.Run("init").ExitCode);

        // Act
        var add = Cli.Run("teams", "add", "--name", "Team Env");
        var list = Cli.Run("teams", "list");

        // Assert
        Assert.Equal(ExitCodes.Success, add.ExitCode);
        Assert.Equal(ExitCodes.Success, list.ExitCode);
        Assert.Contains("Team Env", list.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.Folder.DatabasePath));
    }

    [Fact]
    public void Run_WhenDataOptionGiven_ShouldPreferItOverTheVariable()
    {
        // Arrange
        Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, _other.Root);
        _temp.WithBox();

        // Act
        var result = Cli.Run(_temp, "teams", "add", "--name", "Team Optie");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(_temp.Folder.DatabasePath));
        Assert.False(Directory.Exists(_other.Root));
    }

    [Fact]
    public void Run_WhenVariablePointsToEmptyFolder_ShouldExitTwoAndMentionTheVariable()
    {
        // Arrange
        Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, _temp.Root);

        // Act
        var result = Cli.Run("users", "list");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(_temp.Root, result.Error, StringComparison.Ordinal);
        Assert.Contains(DataFolder.EnvironmentVariable, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Root));
    }
}
