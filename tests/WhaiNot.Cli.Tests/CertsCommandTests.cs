using System.Security.Cryptography.X509Certificates;

namespace WhaiNot.Cli.Tests;

public sealed class CertsCommandTests : IDisposable
{
    private readonly TempDataFolder _temp = new TempDataFolder().WithBox();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ExportCa_WhenRun_ShouldPrintPemOfACertificateAuthority()
    {
        // Act
        var result = Cli.Run(_temp, "certs", "export-ca");

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("-----BEGIN CERTIFICATE-----", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", result.Output, StringComparison.Ordinal);
        using var certificate = X509Certificate2.CreateFromPem(result.Output);
        var constraints = certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single();
        Assert.True(constraints.CertificateAuthority);
        Assert.False(certificate.HasPrivateKey);
        Assert.True(certificate.NotAfter > DateTime.Now.AddYears(1));
    }

    [Fact]
    public void ExportCa_WhenRunTwice_ShouldReturnTheSameCertificate()
    {
        // Arrange
        var first = Cli.Succeed(_temp, "certs", "export-ca");

        // Act
        var second = Cli.Run(_temp, "certs", "export-ca");

        // Assert
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal(first.Output, second.Output);
        using var a = X509Certificate2.CreateFromPem(first.Output);
        using var b = X509Certificate2.CreateFromPem(second.Output);
        Assert.Equal(a.Thumbprint, b.Thumbprint);
    }

    [Fact]
    public void ExportCa_WhenOutFileGiven_ShouldWriteTheSamePemToTheFile()
    {
        // Arrange
        var printed = Cli.Succeed(_temp, "certs", "export-ca").Output;
        var file = Path.Combine(_temp.Root, "export-ca.pem");

        // Act
        var result = Cli.Run(_temp, "certs", "export-ca", "--out", file);

        // Assert
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(file, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN CERTIFICATE", result.Output, StringComparison.Ordinal);
        Assert.Equal(printed, File.ReadAllText(file));
    }

    [Fact]
    public void ExportCa_WhenCaKeyFileMissing_ShouldExitOneAndNotReplaceTheCa()
    {
        // Arrange
        Cli.Succeed(_temp, "certs", "export-ca");
        var caPath = Path.Combine(_temp.Folder.CertificatesFolder, "ca.crt");
        var caBefore = File.ReadAllBytes(caPath);
        File.Delete(Path.Combine(_temp.Folder.CertificatesFolder, "ca.key"));

        // Act
        var result = Cli.Run(_temp, "certs", "export-ca");

        // Assert
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.NotEmpty(result.Error);
        Assert.Equal(caBefore, File.ReadAllBytes(caPath));
        Assert.False(File.Exists(Path.Combine(_temp.Folder.CertificatesFolder, "ca.key")));
    }
}
