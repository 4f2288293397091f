using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WhaiNot.Security.Certificates;

namespace WhaiNot.Security.Tests.Certificates;

public sealed class ApplianceCertificatesServerTests : IDisposable
{
    private const string KeyPassword = "afgeleid-van-de-hoofdsleutel";
    private const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";
    private static readonly string[] HostNames = ["whainot-01", "whainot-01.ocmw.local", "localhost", "127.0.0.1", "::1"];

    private readonly TemporaryFolder _folder = new();
    private readonly AdjustableTimeProvider _clock = new(DateTimeOffset.UtcNow);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EnsureServerCertificate_WhenFolderIsEmpty_ShouldCreateAuthorityAndServerCertificate()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);

        // Act
        using var server = certificates.EnsureServerCertificate(HostNames);

        // Assert
        Assert.True(server.HasPrivateKey);
        foreach (var file in new[] { "ca.crt", "ca.key", "server.crt", "server.key" })
        {
            Assert.True(File.Exists(_folder.PathOf(file)), $"{file} is missing");
        }

        using var onDisk = X509Certificate2.CreateFromPem(File.ReadAllText(_folder.PathOf("server.crt")));
        Assert.Equal(server.Thumbprint, onDisk.Thumbprint);
    }

    [Fact]
    public void EnsureServerCertificate_WhenCalledAfterRestart_ShouldReuseCertificates()
    {
        // Arrange
        string serverThumbprint;
        string authorityThumbprint;
        var beforeRestart = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using (var server = beforeRestart.EnsureServerCertificate(HostNames))
        using (var authority = beforeRestart.EnsureAuthority())
        {
            serverThumbprint = server.Thumbprint;
            authorityThumbprint = authority.Thumbprint;
        }

        var before = FolderSnapshot.Take(_folder.CertificatesPath);
        var afterRestart = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);

        // Act
        using var reusedServer = afterRestart.EnsureServerCertificate(HostNames);
        using var reusedAuthority = afterRestart.EnsureAuthority();

        // Assert
        Assert.Equal(serverThumbprint, reusedServer.Thumbprint);
        Assert.Equal(authorityThumbprint, reusedAuthority.Thumbprint);
        Assert.True(reusedServer.HasPrivateKey);
        FolderSnapshot.AssertUnchanged(before, _folder.CertificatesPath);
    }

    [Fact]
    public void EnsureServerCertificate_WhenIssued_ShouldChainToAuthorityAndListHostNames()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);

        // Act
        using var server = certificates.EnsureServerCertificate(HostNames);
        using var authority = certificates.EnsureAuthority();

        // Assert
        Assert.True(ChainsTo(server, authority, _clock.UtcNow));
        Assert.Equal("CN=whainot-01", server.Subject);

        var san = Assert.Single(server.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Equal(["whainot-01", "whainot-01.ocmw.local", "localhost"], san.EnumerateDnsNames());
        Assert.Equal([IPAddress.Loopback, IPAddress.IPv6Loopback], san.EnumerateIPAddresses());

        var enhancedKeyUsage = Assert.Single(server.Extensions.OfType<X509EnhancedKeyUsageExtension>());
        Assert.Equal(ServerAuthenticationOid, Assert.Single(enhancedKeyUsage.EnhancedKeyUsages.Cast<Oid>()).Value);

        var keyUsage = Assert.Single(server.Extensions.OfType<X509KeyUsageExtension>());
        Assert.Equal(X509KeyUsageFlags.DigitalSignature, keyUsage.KeyUsages);
        Assert.True(keyUsage.Critical);

        var basicConstraints = Assert.Single(server.Extensions.OfType<X509BasicConstraintsExtension>());
        Assert.False(basicConstraints.CertificateAuthority);

        var authorityKeyIdentifier = Assert.Single(server.Extensions.OfType<X509AuthorityKeyIdentifierExtension>());
        var subjectKeyIdentifier = Assert.Single(authority.Extensions.OfType<X509SubjectKeyIdentifierExtension>());
        Assert.Equal(subjectKeyIdentifier.SubjectKeyIdentifierBytes.ToArray(), authorityKeyIdentifier.KeyIdentifier?.ToArray());

        using var publicKey = server.GetECDsaPublicKey();
        Assert.NotNull(publicKey);
        Assert.Equal(256, publicKey.KeySize);

        var validity = new DateTimeOffset(server.NotAfter) - _clock.UtcNow;
        Assert.InRange(validity, TimeSpan.FromDays(397) - TimeSpan.FromSeconds(2), TimeSpan.FromDays(397));
    }

    [Fact]
    public void EnsureServerCertificate_WhenNewHostNameIsRequested_ShouldIssueNewCertificateFromSameAuthority()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using var original = certificates.EnsureServerCertificate(HostNames);
        using var authority = certificates.EnsureAuthority();
        string[] moreNames = [.. HostNames, "whainot.example.be", "192.168.10.20"];

        // Act
        using var reissued = certificates.EnsureServerCertificate(moreNames);
        using var authorityAfter = certificates.EnsureAuthority();

        // Assert
        Assert.NotEqual(original.Thumbprint, reissued.Thumbprint);
        Assert.Equal(authority.Thumbprint, authorityAfter.Thumbprint);
        Assert.True(ChainsTo(reissued, authority, _clock.UtcNow));
        var san = Assert.Single(reissued.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Contains("whainot.example.be", san.EnumerateDnsNames());
        Assert.Contains(IPAddress.Parse("192.168.10.20"), san.EnumerateIPAddresses());
    }

    [Fact]
    public void EnsureServerCertificate_WhenFewerOrDifferentlyCasedNamesAreRequested_ShouldReuseCertificate()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using var original = certificates.EnsureServerCertificate(HostNames);

        // Act
        using var reused = certificates.EnsureServerCertificate(["WHAINOT-01", "LocalHost", "::1"]);

        // Assert
        Assert.Equal(original.Thumbprint, reused.Thumbprint);
    }

    [Fact]
    public void EnsureServerCertificate_WhenTwentyDaysBeforeExpiry_ShouldRenewCertificate()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using var original = certificates.EnsureServerCertificate(HostNames);
        using var authority = certificates.EnsureAuthority();
        _clock.UtcNow = new DateTimeOffset(original.NotAfter) - TimeSpan.FromDays(20);

        // Act
        using var renewed = certificates.EnsureServerCertificate(HostNames);

        // Assert
        Assert.NotEqual(original.Thumbprint, renewed.Thumbprint);
        Assert.True(renewed.NotAfter > original.NotAfter);
        Assert.True(ChainsTo(renewed, authority, _clock.UtcNow));
    }

    [Fact]
    public void EnsureServerCertificate_WhenFortyDaysBeforeExpiry_ShouldReuseCertificate()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using var original = certificates.EnsureServerCertificate(HostNames);
        _clock.UtcNow = new DateTimeOffset(original.NotAfter) - TimeSpan.FromDays(40);

        // Act
        using var reused = certificates.EnsureServerCertificate(HostNames);

        // Assert
        Assert.Equal(original.Thumbprint, reused.Thumbprint);
    }

    [Fact]
    public void EnsureServerCertificate_WhenAuthorityEndsSoonerThanServerValidity_ShouldEndWithAuthority()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using var authority = certificates.EnsureAuthority();
        _clock.UtcNow = new DateTimeOffset(authority.NotAfter) - TimeSpan.FromDays(100);

        // Act
        using var server = certificates.EnsureServerCertificate(HostNames);
        using var again = certificates.EnsureServerCertificate(HostNames);

        // Assert
        Assert.Equal(authority.NotAfter, server.NotAfter);
        Assert.True(ChainsTo(server, authority, _clock.UtcNow));
        Assert.Equal(server.Thumbprint, again.Thumbprint);
    }

    [Fact]
    public void EnsureServerCertificate_WhenAuthorityHasExpired_ShouldThrowAndLeaveFilesUnchanged()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using (certificates.EnsureServerCertificate(HostNames))
        using (var authority = certificates.EnsureAuthority())
        {
            _clock.UtcNow = new DateTimeOffset(authority.NotAfter).AddDays(1);
        }

        var before = FolderSnapshot.Take(_folder.CertificatesPath);

        // Act
        var exception = Record.Exception(() => certificates.EnsureServerCertificate(HostNames));

        // Assert
        Assert.IsType<CertificateException>(exception);
        FolderSnapshot.AssertUnchanged(before, _folder.CertificatesPath);
    }

    [Theory]
    [InlineData("server.crt")]
    [InlineData("server.key")]
    public void EnsureServerCertificate_WhenServerFileIsCorrupt_ShouldIssueNewCertificate(string corruptFile)
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using var original = certificates.EnsureServerCertificate(HostNames);
        using var authority = certificates.EnsureAuthority();
        File.WriteAllText(_folder.PathOf(corruptFile), "kapot");

        // Act
        using var replacement = certificates.EnsureServerCertificate(HostNames);

        // Assert
        Assert.True(replacement.HasPrivateKey);
        Assert.NotEqual(original.Thumbprint, replacement.Thumbprint);
        Assert.True(ChainsTo(replacement, authority, _clock.UtcNow));
        Assert.NotEqual("kapot", File.ReadAllText(_folder.PathOf(corruptFile)));
    }

    [Fact]
    public void EnsureServerCertificate_WhenServerFilesComeFromAnotherAuthority_ShouldIssueNewCertificate()
    {
        // Arrange
        using var otherFolder = new TemporaryFolder();
        using var foreign = new ApplianceCertificates(otherFolder.CertificatesPath, KeyPassword, _clock).EnsureServerCertificate(HostNames);
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using var authority = certificates.EnsureAuthority();
        File.Copy(otherFolder.PathOf("server.crt"), _folder.PathOf("server.crt"));
        File.Copy(otherFolder.PathOf("server.key"), _folder.PathOf("server.key"));

        // Act
        using var server = certificates.EnsureServerCertificate(HostNames);

        // Assert
        Assert.NotEqual(foreign.Thumbprint, server.Thumbprint);
        Assert.True(ChainsTo(server, authority, _clock.UtcNow));
    }

    [Fact]
    public void EnsureServerCertificate_WhenServerKeyIsSwapped_ShouldIssueNewCertificate()
    {
        // Arrange
        using var otherFolder = new TemporaryFolder();
        using (new ApplianceCertificates(otherFolder.CertificatesPath, KeyPassword, _clock).EnsureServerCertificate(HostNames))
        {
        }

        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        using var original = certificates.EnsureServerCertificate(HostNames);
        File.Copy(otherFolder.PathOf("server.key"), _folder.PathOf("server.key"), overwrite: true);

        // Act
        using var server = certificates.EnsureServerCertificate(HostNames);

        // Assert
        Assert.NotEqual(original.Thumbprint, server.Thumbprint);
        Assert.True(server.HasPrivateKey);
    }

    public static TheoryData<string[]> InvalidHostNames => new()
    {
        Array.Empty<string>(),
        new[] { string.Empty },
        new[] { "localhost", " " },
        new[] { "ongeldige..naam" },
    };

    [Theory]
    [MemberData(nameof(InvalidHostNames))]
    public void EnsureServerCertificate_WhenHostNamesAreInvalid_ShouldThrowArgumentException(string[] hostNames)
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);

        // Act
        var exception = Record.Exception(() => certificates.EnsureServerCertificate(hostNames));

        // Assert
        Assert.IsAssignableFrom<ArgumentException>(exception);
    }

    [Fact]
    public void EnsureServerCertificate_WhenNameLooksNumericButIsNoDottedQuad_ShouldTreatItAsDnsName()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);

        // Act
        using var server = certificates.EnsureServerCertificate(["appliance", "42", "10.0.0.5"]);

        // Assert
        var san = Assert.Single(server.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Equal(["appliance", "42"], san.EnumerateDnsNames());
        Assert.Equal([IPAddress.Parse("10.0.0.5")], san.EnumerateIPAddresses());
    }

    [Fact]
    public async Task EnsureServerCertificate_WhenUsedForTls_ShouldCompleteHandshake()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword);
        using var serverCertificate = certificates.EnsureServerCertificate(HostNames);
        using var authority = certificates.EnsureAuthority();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new TcpClient();
        var connecting = client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        using var accepted = await listener.AcceptTcpClientAsync(timeout.Token);
        await connecting;
        await using var serverStream = new SslStream(accepted.GetStream());
        await using var clientStream = new SslStream(client.GetStream());
        var policyErrors = SslPolicyErrors.RemoteCertificateNotAvailable;
        var clientOptions = new SslClientAuthenticationOptions
        {
            TargetHost = "whainot-01.ocmw.local",
            CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
                CustomTrustStore = { authority },
            },
            RemoteCertificateValidationCallback = (_, _, _, errors) =>
            {
                policyErrors = errors;
                return errors == SslPolicyErrors.None;
            },
        };

        // Act
        var serverHandshake = serverStream.AuthenticateAsServerAsync(
            new SslServerAuthenticationOptions { ServerCertificate = serverCertificate },
            timeout.Token);
        await clientStream.AuthenticateAsClientAsync(clientOptions, timeout.Token);
        await serverHandshake;

        // Assert
        Assert.Equal(SslPolicyErrors.None, policyErrors);
        Assert.True(clientStream.IsAuthenticated);
        Assert.Equal(serverCertificate.Thumbprint, clientStream.RemoteCertificate?.GetCertHashString());
    }

    [Fact]
    public void DefaultHostNames_WhenCalled_ShouldListMachineAndLoopbackNamesOnce()
    {
        // Arrange / Act
        var names = ApplianceCertificates.DefaultHostNames();

        // Assert
        Assert.Equal(Environment.MachineName, names[0]);
        Assert.Contains("localhost", names);
        Assert.Contains("127.0.0.1", names);
        Assert.Contains("::1", names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void EnsureServerCertificate_WhenGivenDefaultHostNames_ShouldCoverThem()
    {
        // Arrange
        var certificates = new ApplianceCertificates(_folder.CertificatesPath, KeyPassword, _clock);
        var names = ApplianceCertificates.DefaultHostNames();

        // Act
        using var server = certificates.EnsureServerCertificate(names);
        using var again = certificates.EnsureServerCertificate(names);

        // Assert
        Assert.Equal(server.Thumbprint, again.Thumbprint);
        Assert.Equal($"CN={names[0]}", server.Subject);
    }

    private static bool ChainsTo(X509Certificate2 certificate, X509Certificate2 authority, DateTimeOffset at)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        var built = chain.Build(certificate);
        return built
            && chain.ChainElements.Count == 2
            && chain.ChainElements[1].Certificate.Thumbprint == authority.Thumbprint;
    }
}
