namespace WhaiNot.Native.Runtime;

/// <summary>One engine as installed in a variant folder (recorded in runtime.json).</summary>
public sealed record InstalledEngine(string Engine, string Package, string Version, string Integrity, string Library, string? BackendLibrary);
