using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WhaiNot.Security.Certificates;

namespace WhaiNot.Security.Tests.Certificates;

public sealed class ApplianceCertificatesAuthorityTests : IDisposable
{
    private const string KeyPassword = "afgeleid-van-de-hoofdsleutel";
    private static readonly string[] HostNames = ["appliance", "localhost", "127.0.0.1"];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EnsureAuthority_WhenFolderDoesNotExist_ShouldCreateAuthority()
    {
        // Arrange
        var now = DateTimeOffset.UtcNow;
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, new AdjustableTimeProvider(now));

        // Act
        using var authority = certificates.EnsureAuthority();

        // Assert
        Assert.True(File.Exists(_folder.PathOf("ca.crt")));
        Assert.True(File.Exists(_folder.PathOf("ca.key")));
        Assert.Equal("CN=WhaiNot Appliance CA, O=WhaiNot Appliance", authority.Subject);
        Assert.Equal(authority.Subject, authority.Issuer);
        Assert.False(authority.HasPrivateKey);

        var basicConstraints = Assert.Single(authority.Extensions.OfType<X509BasicConstraintsExtension>());
        Assert.True(basicConstraints.CertificateAuthority);
        Assert.True(basicConstraints.HasPathLengthConstraint);
        Assert.Equal(0, basicConstraints.PathLengthConstraint);
        Assert.True(basicConstraints.Critical);

        var keyUsage = Assert.Single(authority.Extensions.OfType<X509KeyUsageExtension>());
        Assert.Equal(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, keyUsage.KeyUsages);
        Assert.True(keyUsage.Critical);
        Assert.Single(authority.Extensions.OfType<X509SubjectKeyIdentifierExtension>());

        using var publicKey = authority.GetECDsaPublicKey();
        Assert.NotNull(publicKey);
        Assert.Equal(384, publicKey.KeySize);

        Assert.InRange(new DateTimeOffset(authority.NotBefore), now.AddHours(-1).AddSeconds(-2), now.AddHours(-1).AddSeconds(1));
        Assert.InRange(new DateTimeOffset(authority.NotAfter), now.AddYears(10).AddSeconds(-2), now.AddYears(10).AddSeconds(1));
    }

    [Fact]
    public void EnsureAuthority_WhenCalledOnNewInstanceOverSameFolder_ShouldReturnSameAuthority()
    {
        // Arrange
        string firstThumbprint;
        using (var first = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword).EnsureAuthority())
        {
            firstThumbprint = first.Thumbprint;
        }

        var afterRestart = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);

        // Act
        using var second = afterRestart.EnsureAuthority();

        // Assert
        Assert.Equal(firstThumbprint, second.Thumbprint);
    }

    [Fact]
    public void EnsureAuthority_WhenCreated_ShouldStoreKeyEncrypted()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);

        // Act
        using var server = certificates.EnsureServerCertificate(HostNames);

        // Assert
        foreach (var keyFile in new[] { "ca.key", "server.key" })
        {
            var pem = File.ReadAllText(_folder.PathOf(keyFile));
            Assert.StartsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----", pem, StringComparison.Ordinal);
            Assert.DoesNotContain("-----BEGIN PRIVATE KEY-----", pem, StringComparison.Ordinal);
            Assert.DoesNotContain("-----BEGIN EC PRIVATE KEY-----", pem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EnsureServerCertificate_WhenFilesAreCreatedOnUnix_ShouldBeOwnerOnly()
    {
        // POSIX permissions do not exist on Windows; there the installer sets the folder's ACL.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);

        // Act
        using var server = certificates.EnsureServerCertificate(HostNames);

        // Assert
        const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(_folder.PathOf("ca.key")));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(_folder.PathOf("server.key")));
        Assert.Equal(OwnerReadWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_folder.CertificatesPath));
    }

    [Fact]
    public void EnsureServerCertificate_WhenDone_ShouldLeaveNoTemporaryFiles()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);

        // Act
        using var server = certificates.EnsureServerCertificate(HostNames);
        using var other = certificates.EnsureServerCertificate(["andere-naam"]);

        // Assert
        var names = Directory.EnumerateFiles(_folder.CertificatesPath).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["ca.crt", "ca.key", "server.crt", "server.key"], names);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dit is geen certificaat")]
    [InlineData("-----BEGIN CERTIFICATE-----\nbmlldHMgbnV0dGlncw==\n-----END CERTIFICATE-----\n")]
    [InlineData("truncate")]
    public void EnsureAuthority_WhenCaCertificateIsCorrupt_ShouldThrowAndLeaveFilesUnchanged(string content)
    {
        // Arrange
        using (new ApplianceCertificates(_folder.CertificatesPath, KeyPassword).EnsureServerCertificate(HostNames))
        {
        }

        var caCertificatePath = _folder.PathOf("ca.crt");
        var corrupt = content == "truncate" ? File.ReadAllText(caCertificatePath)[..200] : content;
        File.WriteAllText(caCertificatePath, corrupt);
        var before = FolderSnapshot.Take(_folder.CertificatesPath);
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);

        // Act
        var authorityException = Record.Exception(() => certificates.EnsureAuthority());
        var serverException = Record.Exception(() => certificates.EnsureServerCertificate(HostNames));

        // Assert
        var certificateException = Assert.IsType<CertificateException>(authorityException);
        Assert.Contains(caCertificatePath, certificateException.Message, StringComparison.Ordinal);
        Assert.IsType<CertificateException>(serverException);
        FolderSnapshot.AssertUnchanged(before, _folder.CertificatesPath);
    }

    [Fact]
    public void EnsureAuthority_WhenCaKeyIsCorrupt_ShouldThrowAndLeaveFilesUnchanged()
    {
        // Arrange
        using (new ApplianceCertificates(_folder.CertificatesPath, KeyPassword).EnsureAuthority())
        {
        }

        // Flip a character in the last line of encrypted data (the ciphertext, not the parameters).
        var caKeyPath = _folder.PathOf("ca.key");
        var lines = File.ReadAllLines(caKeyPath);
        var last = lines.Length - 2;
        lines[last] = (lines[last][0] == 'A' ? "B" : "A") + lines[last][1..];
        File.WriteAllLines(caKeyPath, lines);
        var before = FolderSnapshot.Take(_folder.CertificatesPath);
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);

        // Act
        var exception = Record.Exception(() => certificates.EnsureAuthority());

        // Assert
        var certificateException = Assert.IsType<CertificateException>(exception);
        Assert.Contains(caKeyPath, certificateException.Message, StringComparison.Ordinal);
        FolderSnapshot.AssertUnchanged(before, _folder.CertificatesPath);
    }

    [Fact]
    public void EnsureAuthority_WhenKeyPasswordIsWrong_ShouldThrowAndChangeNothing()
    {
        // Arrange
        using (new ApplianceCertificates(_folder.CertificatesPath, KeyPassword).EnsureServerCertificate(HostNames))
        {
        }

        var before = FolderSnapshot.Take(_folder.CertificatesPath);
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, "een-ander-wachtwoord");

        // Act
        var authorityException = Record.Exception(() => certificates.EnsureAuthority());
        var serverException = Record.Exception(() => certificates.EnsureServerCertificate(HostNames));
        var exportException = Record.Exception(() => certificates.ExportAuthorityPem());

        // Assert
        var certificateException = Assert.IsType<CertificateException>(authorityException);
        Assert.Contains(_folder.PathOf("ca.key"), certificateException.Message, StringComparison.Ordinal);
        Assert.IsType<CertificateException>(serverException);
        Assert.IsType<CertificateException>(exportException);
        FolderSnapshot.AssertUnchanged(before, _folder.CertificatesPath);
    }

    [Theory]
    [InlineData("ca.key", "ca.crt")]
    [InlineData("ca.crt", "ca.key")]
    public void EnsureAuthority_WhenOnlyOneCaFileExists_ShouldThrowAndLeaveFilesUnchanged(string removed, string kept)
    {
        // Arrange
        using (new ApplianceCertificates(_folder.CertificatesPath, KeyPassword).EnsureServerCertificate(HostNames))
        {
        }

        File.Delete(_folder.PathOf(removed));
        var before = FolderSnapshot.Take(_folder.CertificatesPath);
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);

        // Act
        var authorityException = Record.Exception(() => certificates.EnsureAuthority());
        var serverException = Record.Exception(() => certificates.EnsureServerCertificate(HostNames));

        // Assert
        var certificateException = Assert.IsType<CertificateException>(authorityException);
        Assert.Contains(_folder.PathOf(removed), certificateException.Message, StringComparison.Ordinal);
        Assert.Contains(_folder.PathOf(kept), certificateException.Message, StringComparison.Ordinal);
        Assert.IsType<CertificateException>(serverException);
        FolderSnapshot.AssertUnchanged(before, _folder.CertificatesPath);
    }

    [Fact]
    public void EnsureAuthority_WhenKeyBelongsToAnotherAuthority_ShouldThrowAndLeaveFilesUnchanged()
    {
        // Arrange
        using var otherFolder = new TemporaryFolder();
        using (new ApplianceCertificates(_folder.CertificatesPath, KeyPassword).EnsureAuthority())
        using (new ApplianceCertificates(otherFolder.CertificatesPath, KeyPassword).EnsureAuthority())
        {
        }

        File.Copy(otherFolder.PathOf("ca.key"), _folder.PathOf("ca.key"), overwrite: true);
        var before = FolderSnapshot.Take(_folder.CertificatesPath);
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);

        // Act
        var exception = Record.Exception(() => certificates.EnsureAuthority());

        // Assert
        var certificateException = Assert.IsType<CertificateException>(exception);
        Assert.Contains("hoort niet bij", certificateException.Message, StringComparison.Ordinal);
        FolderSnapshot.AssertUnchanged(before, _folder.CertificatesPath);
    }

    [Fact]
    public void ExportAuthorityPem_WhenCalled_ShouldReturnAuthorityCertificateOnly()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);
        using var authority = certificates.EnsureAuthority();

        // Act
        var pem = certificates.ExportAuthorityPem();

        // Assert
        using var exported = X509Certificate2.CreateFromPem(pem);
        Assert.Equal(authority.Thumbprint, exported.Thumbprint);
        Assert.DoesNotContain("PRIVATE KEY", pem, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenKeyPasswordIsEmpty_ShouldThrow()
    {
        // Arrange / Act
        var exception = Record.Exception(() => new ApplianceCertificates(_folder.CertificatesPath, string.Empty));

        // Assert
        Assert.IsType<ArgumentException>(exception);
    }

    [Fact]
    public void CertificateException_WhenCreatedWithoutMessage_ShouldHaveDutchMessage()
    {
        // Arrange / Act
        var exception = new CertificateException();

        // Assert
        Assert.Contains("certificaten", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureAuthority_WhenKeyIsStoredUnencrypted_ShouldThrow()
    {
        // Arrange: an unencrypted key would mean someone bypassed the master key; refuse it.
        using (new ApplianceCertificates(_folder.CertificatesPath, KeyPassword).EnsureAuthority())
        {
        }

        using (var key = ECDsa.Create())
        {
            key.ImportFromEncryptedPem(File.ReadAllText(_folder.PathOf("ca.key")), KeyPassword);
            File.WriteAllText(_folder.PathOf("ca.key"), key.ExportPkcs8PrivateKeyPem());
        }

        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);

        // Act
        var exception = Record.Exception(() => certificates.EnsureAuthority());

        // Assert
        Assert.IsType<CertificateException>(exception);
    }
}
