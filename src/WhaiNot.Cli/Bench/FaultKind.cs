namespace WhaiNot.Cli.Bench;

/// <summary>The faults the fault bench injects.</summary>
internal enum FaultKind
{
    ConnectionDrop,
    ClientRestart,
    ApplianceKill,
    DiskFull,
}
