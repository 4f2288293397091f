using WhaiNot.Application.Engines;

namespace WhaiNot.Application.SystemInfo;

/// <summary>The IT admin's screen in one read. Counts and facts only, never content.</summary>
/// <param name="RuntimeVariant">The runtime the settings ask for: "cuda" (with CPU fallback) or "cpu".</param>
/// <param name="SpeechOnGpu">Whether the loaded speech model runs on the GPU; null while it is not loaded.</param>
public sealed record SystemOverview(
    string Version,
    string DataFolder,
    long FreeDiskBytes,
    DateTimeOffset ServerCertificateExpires,
    string ServerCertificateThumbprint,
    int CertificateDaysLeft,
    bool CertificateExpiresSoon,
    EngineState EngineState,
    string EngineNotice,
    string RuntimeVariant,
    bool? SpeechOnGpu,
    int Users,
    int Dossiers,
    long AuditEntries);
