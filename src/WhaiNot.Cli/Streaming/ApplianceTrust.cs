using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WhaiNot.Cli.Streaming;

/// <summary>
/// Which certificate authority the client trusts for the appliance: the box's own CA when one is
/// given (or found in the data folder), otherwise the system store. Certificate checks are never
/// switched off: with a CA file the chain must end in exactly that CA and the host name must match.
/// </summary>
internal sealed class ApplianceTrust : IDisposable
{
    private readonly X509Certificate2? _authority;

    private ApplianceTrust(X509Certificate2? authority, string description)
    {
        _authority = authority;
        Description = description;
    }

    /// <summary>For messages: which trust is in use.</summary>
    public string Description { get; }

    /// <summary>--ca when given; else &lt;data&gt;/certs/ca.crt when it exists; else the system store.</summary>
    public static ApplianceTrust Resolve(FileInfo? ca, string? dataRoot)
    {
        if (ca is not null)
        {
            return FromFile(ca.FullName);
        }

        var inData = dataRoot is null ? null : Path.Combine(dataRoot, "certs", "ca.crt");
        return inData is not null && File.Exists(inData) ? FromFile(inData) : new ApplianceTrust(null, "het certificaatarchief van het systeem");
    }

    public static ApplianceTrust FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.BadInput, $"Het CA-certificaat '{path}' bestaat niet. Exporteer het met 'whainot certs export-ca'.");
        }

        try
        {
            return new ApplianceTrust(X509CertificateLoader.LoadCertificateFromFile(path), $"de CA in {path}");
        }
        catch (CryptographicException ex)
        {
            throw new CliException(ExitCodes.BadInput, $"'{path}' is geen leesbaar certificaat (PEM of DER): {ex.Message}");
        }
    }

    /// <summary>An HTTP handler that checks the appliance's certificate against this trust.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, certificate, chain, errors) => Validate(certificate, chain, errors) },
        // Reconnects after an appliance restart must not reuse a pooled connection to the old process.
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
    };

    public bool Validate(X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        if (_authority is null)
        {
            return errors == SslPolicyErrors.None;
        }

        // The chain error is expected (the box's CA is not in the system store) and is checked below;
        // a wrong host name or a missing certificate never passes.
        if (certificate is null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
        {
            return false;
        }

        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_authority);
        // The box's CA publishes no revocation list: it is offline by design.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(server);
    }

    public void Dispose() => _authority?.Dispose();
}
