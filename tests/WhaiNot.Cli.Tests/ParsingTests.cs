namespace WhaiNot.Cli.Tests;

public sealed class ParsingTests : IDisposable
{
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Version_WhenRun_ShouldPrintProductNameAndExitZero()
    {
        // Act
        var result = Cli.Run("version");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("whainot ", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Run_WhenVerbUnknown_ShouldExitTwoWithDutchMessage()
    {
        // Act
        var result = Cli.Run(_temp, "frobnicate");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Onbekend", result.Error, StringComparison.Ordinal);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Root));
    }

    [Fact]
    public void Run_WhenSubcommandUnknown_ShouldExitTwoWithDutchMessage()
    {
        // Act
        var result = Cli.Run(_temp, "users", "delete", "--username", "a");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Onbekend", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhenRequiredOptionMissing_ShouldExitTwoWithDutchMessage()
    {
        // Act
        var result = Cli.Run(_temp, "users", "add", "--role", "dpo");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("verplicht", result.Error, StringComparison.Ordinal);
        Assert.Contains("--username", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Root));
    }

    [Fact]
    public void Run_WhenOptionValueMissing_ShouldExitTwoWithDutchMessage()
    {
        // Act
        var result = Cli.Run("teams", "add", "--name");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("waarde", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhenNoVerbGiven_ShouldExitTwoAndAskForASubcommand()
    {
        // Act
        var result = Cli.Run();

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("subcommando", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhenGroupVerbWithoutSubcommand_ShouldExitTwo()
    {
        // Act
        var result = Cli.Run(_temp, "audit");

        // Assert
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("subcommando", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhenHelpRequested_ShouldPrintUsageAndExitZero()
    {
        // Act
        var result = Cli.Run("--help");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("users", result.Output, StringComparison.Ordinal);
        Assert.Contains("audit", result.Output, StringComparison.Ordinal);
    }
}
