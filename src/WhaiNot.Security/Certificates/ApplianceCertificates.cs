using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WhaiNot.Security.Certificates;

/// <summary>
/// The appliance's own certificate authority and the HTTPS certificate it issues for the appliance.
/// </summary>
/// <remarks>
/// Files in the folder: <c>ca.crt</c>, <c>ca.key</c>, <c>server.crt</c>, <c>server.key</c>; the keys are
/// encrypted PKCS#8 PEM. The CA files are never overwritten or deleted: PCs on the network trust that
/// CA, so replacing it silently would break every client. The server files are derived from the CA
/// and are replaced freely. Instances are safe to share between threads.
/// </remarks>
public sealed class ApplianceCertificates
{
    private const string AuthorityCertificateFileName = "ca.crt";
    private const string AuthorityKeyFileName = "ca.key";
    private const string ServerCertificateFileName = "server.crt";
    private const string ServerKeyFileName = "server.key";
    private const string AuthoritySubject = "CN=WhaiNot Appliance CA, O=WhaiNot Appliance";
    private const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";
    private const int AuthorityValidityYears = 10;

    // Browsers refuse server certificates valid for more than 398 days.
    private static readonly TimeSpan ServerValidity = TimeSpan.FromDays(397);
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromDays(30);

    // Tolerates PCs whose clock runs somewhat behind the appliance's.
    private static readonly TimeSpan Backdating = TimeSpan.FromHours(1);

    private static readonly PbeParameters KeyEncryption =
        new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000);

    private readonly string _folder;
    private readonly string _keyPassword;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    /// <summary>Creates the store over <paramref name="folder"/>; nothing is read or written yet.</summary>
    /// <param name="folder">Folder holding the certificate and key files; created when missing.</param>
    /// <param name="keyPassword">Protects the private keys on disk (derived from the appliance master key).</param>
    /// <param name="time">Source of "now" for validity periods; the system clock when null.</param>
    public ApplianceCertificates(string folder, string keyPassword, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrEmpty(keyPassword);
        _folder = Path.GetFullPath(folder);
        _keyPassword = keyPassword;
        _time = time ?? TimeProvider.System;
    }

    private string AuthorityCertificatePath => Path.Combine(_folder, AuthorityCertificateFileName);

    private string AuthorityKeyPath => Path.Combine(_folder, AuthorityKeyFileName);

    private string ServerCertificatePath => Path.Combine(_folder, ServerCertificateFileName);

    private string ServerKeyPath => Path.Combine(_folder, ServerKeyFileName);

    /// <summary>
    /// Loads the CA, or creates it when neither <c>ca.crt</c> nor <c>ca.key</c> exists, and returns
    /// the CA certificate without its private key (the key never needs to leave this class).
    /// </summary>
    /// <exception cref="CertificateException">
    /// Only one of the two files exists, a file cannot be read or decrypted, or the key does not belong
    /// to the certificate. The files are left as they are.
    /// </exception>
    public X509Certificate2 EnsureAuthority()
    {
        lock (_gate)
        {
            using var authority = LoadOrCreateAuthority();
            return X509CertificateLoader.LoadCertificate(authority.RawData);
        }
    }

    /// <summary>
    /// Returns the server certificate, with its private key, for <paramref name="hostNames"/>: the one on
    /// disk when it was issued by the current CA, covers every name and stays valid for more than
    /// 30 days; otherwise a newly issued one that replaces the files.
    /// </summary>
    /// <param name="hostNames">DNS names and IP addresses; the first becomes the common name.</param>
    /// <exception cref="ArgumentException"><paramref name="hostNames"/> is empty or holds an invalid name.</exception>
    /// <exception cref="CertificateException">The CA cannot be used, or the new files cannot be written.</exception>
    public X509Certificate2 EnsureServerCertificate(IReadOnlyCollection<string> hostNames)
    {
        var names = HostNameSet.Parse(hostNames);
        lock (_gate)
        {
            using var authority = LoadOrCreateAuthority();
            var now = _time.GetUtcNow();
            var authorityNotAfter = new DateTimeOffset(authority.NotAfter);
            if (authorityNotAfter <= now)
            {
                throw new CertificateException(
                    $"De certificaatautoriteit in '{AuthorityCertificatePath}' is verlopen op " +
                    $"{authorityNotAfter.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. Maak een back-up van " +
                    $"'{AuthorityCertificateFileName}' en '{AuthorityKeyFileName}' en verwijder ze om een nieuwe te laten " +
                    "aanmaken; de pc's die het toestel vertrouwen, moeten daarna het nieuwe CA-certificaat importeren.");
            }

            var certificate = TryLoadServerCertificate(authority, names, now) ?? IssueServerCertificate(authority, names, now);
            return UsableByKestrel(certificate);
        }
    }

    /// <summary>Returns the CA certificate as PEM, for installing on the PCs that talk to the appliance.</summary>
    /// <exception cref="CertificateException">See <see cref="EnsureAuthority"/>.</exception>
    public string ExportAuthorityPem()
    {
        using var authority = EnsureAuthority();
        return authority.ExportCertificatePem();
    }

    /// <summary>
    /// The names the appliance is usually reached by: the machine name, its fully qualified name when
    /// known locally, "localhost", "127.0.0.1" and "::1"; without duplicates, ignoring case.
    /// </summary>
    public static IReadOnlyList<string> DefaultHostNames()
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { Environment.MachineName, LocalFullyQualifiedName(), "localhost", "127.0.0.1", "::1" })
        {
            if (!string.IsNullOrWhiteSpace(name) && seen.Add(name.Trim()))
            {
                names.Add(name.Trim());
            }
        }

        return names.AsReadOnly();
    }

    private static string? LocalFullyQualifiedName()
    {
        // Only local sources: a resolver lookup can hang for many seconds on an appliance whose DNS
        // server is unreachable, and this runs at service start.
        try
        {
            var hostName = Dns.GetHostName();
            if (hostName.Contains('.', StringComparison.Ordinal) || !OperatingSystem.IsWindows())
            {
                return hostName;
            }

            // On Windows the primary DNS suffix comes from the registry, not from the network; on Linux
            // the equivalent call returns the NIS domain, which has nothing to do with DNS.
            var domain = IPGlobalProperties.GetIPGlobalProperties().DomainName;
            return string.IsNullOrWhiteSpace(domain) ? hostName : $"{hostName}.{domain.TrimEnd('.')}";
        }
        catch (Exception ex) when (ex is SocketException or NetworkInformationException)
        {
            return null;
        }
    }

    private X509Certificate2 LoadOrCreateAuthority()
    {
        var certificateExists = File.Exists(AuthorityCertificatePath);
        var keyExists = File.Exists(AuthorityKeyPath);
        if (!certificateExists && !keyExists)
        {
            return CreateAuthority();
        }

        if (!keyExists)
        {
            throw new CertificateException(MissingFileMessage(AuthorityKeyPath, AuthorityCertificatePath));
        }

        if (!certificateExists)
        {
            throw new CertificateException(MissingFileMessage(AuthorityCertificatePath, AuthorityKeyPath));
        }

        return LoadAuthority();
    }

    private static string MissingFileMessage(string missingPath, string presentPath) =>
        $"Het bestand '{missingPath}' ontbreekt, maar '{presentPath}' bestaat wel. Zet het ontbrekende bestand " +
        "terug uit een back-up. Verwijder beide bestanden alleen als u bewust een nieuwe certificaatautoriteit wilt: " +
        "de pc's die het toestel vertrouwen, moeten dan het nieuwe CA-certificaat importeren.";

    private X509Certificate2 LoadAuthority()
    {
        X509Certificate2 certificate;
        try
        {
            certificate = ReadCertificate(AuthorityCertificatePath);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw new CertificateException(
                $"Het CA-certificaat '{AuthorityCertificatePath}' kan niet gelezen worden: het bestand is onleesbaar, " +
                "beschadigd of geen PEM-certificaat. Het bestand is niet aangepast; zet het terug uit een back-up.",
                ex);
        }

        using (certificate)
        {
            if (!IsAuthority(certificate))
            {
                throw new CertificateException(
                    $"'{AuthorityCertificatePath}' bevat geen certificaat van een certificaatautoriteit. " +
                    "Het bestand is niet aangepast; zet het juiste bestand terug uit een back-up.");
            }

            ECDsa key;
            try
            {
                key = ReadKey(AuthorityKeyPath);
            }
            catch (Exception ex) when (IsUnreadable(ex))
            {
                throw new CertificateException(
                    $"De sleutel '{AuthorityKeyPath}' kan niet geopend worden: het bestand is onleesbaar of beschadigd, " +
                    "of het wachtwoord klopt niet (is de hoofdsleutel van het toestel veranderd?). " +
                    "Het bestand is niet aangepast.",
                    ex);
            }

            using (key)
            {
                if (!KeyMatches(certificate, key))
                {
                    throw new CertificateException(
                        $"De sleutel in '{AuthorityKeyPath}' hoort niet bij het certificaat in '{AuthorityCertificatePath}'. " +
                        "De bestanden zijn niet aangepast; zet het juiste paar terug uit een back-up.");
                }

                return certificate.CopyWithPrivateKey(key);
            }
        }
    }

    private X509Certificate2 CreateAuthority()
    {
        try
        {
            AtomicFile.EnsureFolder(_folder);
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
            var request = new CertificateRequest(AuthoritySubject, key, HashAlgorithmName.SHA384);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(
                certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(
                X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));

            var now = _time.GetUtcNow();
            var certificate = request.CreateSelfSigned(now - Backdating, now.AddYears(AuthorityValidityYears));
            try
            {
                // overwrite: false — if another process created a CA in the meantime, keep theirs.
                WritePair(
                    AuthorityCertificatePath,
                    certificate.ExportCertificatePem(),
                    AuthorityKeyPath,
                    key.ExportEncryptedPkcs8PrivateKeyPem(_keyPassword, KeyEncryption),
                    overwrite: false);
                return certificate;
            }
            catch
            {
                certificate.Dispose();
                throw;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CertificateException(
                $"De certificaatautoriteit kan niet aangemaakt worden in '{_folder}': {ex.Message}", ex);
        }
    }

    private X509Certificate2? TryLoadServerCertificate(X509Certificate2 authority, HostNameSet names, DateTimeOffset now)
    {
        if (!File.Exists(ServerCertificatePath) || !File.Exists(ServerKeyPath))
        {
            return null;
        }

        try
        {
            using var certificate = ReadCertificate(ServerCertificatePath);
            if (!IsIssuedBy(certificate, authority, now)
                || !names.IsCoveredBy(certificate)
                || NeedsRenewal(certificate, authority, now))
            {
                return null;
            }

            using var key = ReadKey(ServerKeyPath);
            return KeyMatches(certificate, key) ? certificate.CopyWithPrivateKey(key) : null;
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            // The server certificate is derived from the CA, so a damaged one is simply issued again.
            return null;
        }
    }

    private X509Certificate2 IssueServerCertificate(X509Certificate2 authority, HostNameSet names, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(names.CommonName);

        // The hash is the one the CA signs with; SHA-384 matches its P-384 key.
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA384);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(
            certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(ServerAuthenticationOid)], critical: false));
        request.CertificateExtensions.Add(names.BuildSubjectAlternativeName());
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(AuthorityKeyIdentifier(authority));

        // A certificate may not outlive its issuer (CertificateRequest.Create refuses it).
        var notBefore = Max(now - Backdating, new DateTimeOffset(authority.NotBefore));
        var notAfter = Min(now + ServerValidity, new DateTimeOffset(authority.NotAfter));
        using var issued = request.Create(authority, notBefore, notAfter, NewSerialNumber());
        var certificate = issued.CopyWithPrivateKey(key);
        try
        {
            WritePair(
                ServerCertificatePath,
                certificate.ExportCertificatePem(),
                ServerKeyPath,
                key.ExportEncryptedPkcs8PrivateKeyPem(_keyPassword, KeyEncryption),
                overwrite: true);
            return certificate;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            certificate.Dispose();
            throw new CertificateException(
                $"Het servercertificaat kan niet opgeslagen worden in '{_folder}': {ex.Message}", ex);
        }
        catch
        {
            certificate.Dispose();
            throw;
        }
    }

    private static void WritePair(string certificatePath, string certificatePem, string keyPath, string keyPem, bool overwrite)
    {
        var keyTemporary = AtomicFile.WriteTemporary(keyPath, keyPem, secret: true);
        string certificateTemporary;
        try
        {
            certificateTemporary = AtomicFile.WriteTemporary(certificatePath, certificatePem, secret: false);
        }
        catch
        {
            AtomicFile.TryDelete(keyTemporary);
            throw;
        }

        // Key first: a crash in between leaves a key without certificate, which for the server is
        // detected as a mismatch and re-issued, and for a new CA is reported instead of guessed at.
        try
        {
            AtomicFile.Commit(keyTemporary, keyPath, overwrite);
        }
        catch
        {
            AtomicFile.TryDelete(certificateTemporary);
            throw;
        }

        AtomicFile.Commit(certificateTemporary, certificatePath, overwrite);
    }

    private static X509Certificate2 ReadCertificate(string path) =>
        X509Certificate2.CreateFromPem(File.ReadAllText(path));

    private ECDsa ReadKey(string path)
    {
        var pem = File.ReadAllText(path);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromEncryptedPem(pem, _keyPassword);
            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    private static bool IsUnreadable(Exception ex) =>
        ex is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException or FormatException;

    private static bool IsAuthority(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(extension => extension.CertificateAuthority);

    private static bool KeyMatches(X509Certificate2 certificate, ECDsa key)
    {
        using var publicKey = certificate.GetECDsaPublicKey();
        return publicKey is not null
            && publicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(key.ExportSubjectPublicKeyInfo());
    }

    private static bool IsIssuedBy(X509Certificate2 certificate, X509Certificate2 authority, DateTimeOffset now)
    {
        // A chain build is the BCL's way to check the CA's signature; it also catches a certificate
        // left over from an earlier CA that had the same name.
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        try
        {
            return chain.Build(certificate)
                && chain.ChainElements.Count == 2
                && chain.ChainElements[1].Certificate.RawDataMemory.Span.SequenceEqual(authority.RawDataMemory.Span);
        }
        finally
        {
            foreach (var element in chain.ChainElements)
            {
                element.Certificate.Dispose();
            }
        }
    }

    private static bool NeedsRenewal(X509Certificate2 certificate, X509Certificate2 authority, DateTimeOffset now)
    {
        var notAfter = new DateTimeOffset(certificate.NotAfter);

        // When the certificate already ends together with the CA, a new one could not end any later;
        // renewing it on every start would gain nothing.
        return notAfter - now <= RenewalMargin && notAfter < new DateTimeOffset(authority.NotAfter);
    }

    private static X509AuthorityKeyIdentifierExtension AuthorityKeyIdentifier(X509Certificate2 authority)
    {
        var subjectKeyIdentifier = authority.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()
            ?? new X509SubjectKeyIdentifierExtension(authority.PublicKey, critical: false);
        return X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(subjectKeyIdentifier);
    }

    private static byte[] NewSerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(16);

        // Positive (top bit clear) and no leading zero byte, so the DER INTEGER stays 16 bytes.
        serial[0] = (byte)((serial[0] & 0x7F) | 0x40);
        return serial;
    }

    private static X509Certificate2 UsableByKestrel(X509Certificate2 certificate)
    {
        if (!OperatingSystem.IsWindows())
        {
            return certificate;
        }

        // SChannel (SslStream on Windows) cannot use the ephemeral keys CopyWithPrivateKey makes;
        // loading from PKCS#12 puts the key in a key container it can use.
        using (certificate)
        {
            var pkcs12 = certificate.Export(X509ContentType.Pkcs12);
            try
            {
                return X509CertificateLoader.LoadPkcs12(pkcs12, password: null);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(pkcs12);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset left, DateTimeOffset right) => left > right ? left : right;

    private static DateTimeOffset Min(DateTimeOffset left, DateTimeOffset right) => left < right ? left : right;
}
