using System.Security.Cryptography.X509Certificates;

namespace WhaiNot.Appliance.Hosting;

/// <summary>The TLS certificate Kestrel serves, issued at start-up by the box's own CA.</summary>
public sealed class ServerCertificate(X509Certificate2 current, IReadOnlyList<string> hostNames) : IDisposable
{
    public X509Certificate2 Current { get; } = current;

    public IReadOnlyList<string> HostNames { get; } = hostNames;

    public void Dispose() => Current.Dispose();
}
