namespace WhaiNot.Cli.Tests;

/// <summary>Bad input is refused before anything is created, and no failure escapes as a crash.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("users", "add", "--username", "a", "--role", "baas")]
    [InlineData("users", "add", "--username", "met spatie", "--role", "dpo")]
    [InlineData("users", "add", "--username", "a", "--role", "worker")]
    [InlineData("teams", "add", "--name", "  ")]
    public void CreatingVerb_WhenInputIsBad_ShouldExitTwoAndCreateNoStore(params string[] args)
    {
        var result = Cli.Run(_temp, args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.False(Directory.Exists(_temp.Root), "a store was created for bad input");
    }

    [Fact]
    public void AnyVerb_WhenDataIsEmpty_ShouldExitTwoInDutch()
    {
        var result = Cli.Run("audit", "verify", "--data", "");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--data mag niet leeg zijn", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportCa_WhenOutputFolderDoesNotExist_ShouldExitOneWithoutCrashing()
    {
        _temp.WithBox();
        var target = Path.Combine(_temp.Root + "-bestaat-niet", "ca.pem");

        var result = Cli.Run(_temp, "certs", "export-ca", "--out", target);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("kon niet gelezen of geschreven worden", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportCa_WhenOutputIsAFolder_ShouldExitOneWithoutCrashing()
    {
        _temp.WithBox();
        Cli.Succeed(_temp, "teams", "add", "--name", "T");

        var result = Cli.Run(_temp, "certs", "export-ca", "--out", _temp.Root);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
    }
}
