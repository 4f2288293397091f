using System.Security.Cryptography.X509Certificates;

namespace WhaiNot.Cli.Tests;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Init_WhenFolderHoldsNoBox_ShouldCreateKeyDatabaseAndCertificateAuthority()
    {
        // Act
        var result = Cli.Run(_temp, "init");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Nieuwe appliance", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.Folder.MasterKeyPath));
        Assert.True(File.Exists(_temp.Folder.DatabasePath));
        var pem = Cli.Succeed(_temp, "certs", "export-ca").Output;
        using var authority = X509Certificate2.CreateFromPem(pem);
        Assert.True(authority.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
    }

    [Fact]
    public void Init_WhenBoxAlreadyThere_ShouldChangeNothingAndSaySo()
    {
        // Arrange
        _temp.WithBox();
        Cli.Succeed(_temp, "teams", "add", "--name", "Team West");
        var key = TempDataFolder.Hash(_temp.Folder.MasterKeyPath);
        var authority = Cli.Succeed(_temp, "certs", "export-ca").Output;

        // Act
        var result = Cli.Run(_temp, "init");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("niets gewijzigd", result.Output, StringComparison.Ordinal);
        Assert.Equal(key, TempDataFolder.Hash(_temp.Folder.MasterKeyPath));
        Assert.Equal(authority, Cli.Succeed(_temp, "certs", "export-ca").Output);
        Assert.Contains("Team West", Cli.Succeed(_temp, "teams", "list").Output, StringComparison.Ordinal);
    }
}
