using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace WhaiNot.Security.Certificates;

/// <summary>
/// Host names for a server certificate, split into DNS names and IP addresses the way they
/// appear in a subjectAltName extension.
/// </summary>
internal sealed class HostNameSet
{
    private readonly List<string> _dnsNames = [];
    private readonly List<IPAddress> _ipAddresses = [];

    private HostNameSet(string commonName)
    {
        CommonName = commonName;
    }

    /// <summary>The first requested name, as given; used as the certificate's CN.</summary>
    public string CommonName { get; }

    public IReadOnlyList<string> DnsNames => _dnsNames;

    public IReadOnlyList<IPAddress> IPAddresses => _ipAddresses;

    /// <exception cref="ArgumentException">No names, an empty name or a name that is not a valid host name.</exception>
    public static HostNameSet Parse(IReadOnlyCollection<string> hostNames)
    {
        ArgumentNullException.ThrowIfNull(hostNames);
        HostNameSet? set = null;
        foreach (var raw in hostNames)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                throw new ArgumentException("Een hostnaam mag niet leeg zijn.", nameof(hostNames));
            }

            var name = raw.Trim();
            set ??= new HostNameSet(name);
            if (TryParseIPAddress(name, out var address))
            {
                if (!set._ipAddresses.Contains(address))
                {
                    set._ipAddresses.Add(address);
                }
            }
            else
            {
                var dnsName = ToDnsName(name, nameof(hostNames));
                if (!set._dnsNames.Contains(dnsName, StringComparer.Ordinal))
                {
                    set._dnsNames.Add(dnsName);
                }
            }
        }

        return set ?? throw new ArgumentException("Er is minstens één hostnaam nodig.", nameof(hostNames));
    }

    /// <summary>Whether <paramref name="certificate"/>'s subjectAltName lists every name in this set.</summary>
    public bool IsCoveredBy(X509Certificate2 certificate)
    {
        var extension = certificate.Extensions["2.5.29.17"];
        if (extension is null)
        {
            return false;
        }

        var san = new X509SubjectAlternativeNameExtension(extension.RawData, extension.Critical);
        var dnsNames = new HashSet<string>(san.EnumerateDnsNames(), StringComparer.OrdinalIgnoreCase);
        var addresses = new HashSet<IPAddress>(san.EnumerateIPAddresses());
        return _dnsNames.All(dnsNames.Contains) && _ipAddresses.All(addresses.Contains);
    }

    public X509Extension BuildSubjectAlternativeName()
    {
        var builder = new SubjectAlternativeNameBuilder();
        foreach (var dnsName in _dnsNames)
        {
            builder.AddDnsName(dnsName);
        }

        foreach (var address in _ipAddresses)
        {
            builder.AddIpAddress(address);
        }

        return builder.Build();
    }

    private static bool TryParseIPAddress(string name, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        if (!IPAddress.TryParse(name, out var parsed))
        {
            return false;
        }

        // IPAddress.TryParse also takes "1" or "10.1" (as 0.0.0.1 and 10.0.0.1); a host called
        // "1" should stay a DNS name, so IPv4 must be the full dotted quad.
        if (parsed.AddressFamily == AddressFamily.InterNetwork
            && !string.Equals(parsed.ToString(), name, StringComparison.Ordinal))
        {
            return false;
        }

        // A SAN holds only the address bytes; keeping a zone id ("%eth0") would make the covered
        // check fail on every start and re-issue the certificate each time.
        address = new IPAddress(parsed.GetAddressBytes());
        return true;
    }

    private static string ToDnsName(string name, string parameterName)
    {
        try
        {
            // The SAN stores the ASCII (punycode) form; comparing in that form keeps the
            // covered check stable for names with accents.
            return new IdnMapping().GetAscii(name.TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"'{name}' is geen geldige hostnaam.", parameterName, ex);
        }
    }
}
