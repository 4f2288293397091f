namespace WhaiNot.Application.SystemInfo;

/// <summary>What only the host knows about itself: its version and the TLS certificate Kestrel serves.</summary>
public sealed record HostFacts(string Version, DateTimeOffset ServerCertificateExpires, string ServerCertificateThumbprint);
