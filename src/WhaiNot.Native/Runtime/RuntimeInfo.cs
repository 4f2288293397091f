namespace WhaiNot.Native.Runtime;

/// <summary>What `whainot runtime info` prints: the variant in use and what the libraries say about themselves.</summary>
public sealed record RuntimeInfo(
    RuntimeVariant Variant,
    string Folder,
    IReadOnlyList<InstalledEngine> Engines,
    string? WhisperVersion,
    string? WhisperSystemInfo,
    string? LlamaSystemInfo,
    bool LlamaGpuOffload);
