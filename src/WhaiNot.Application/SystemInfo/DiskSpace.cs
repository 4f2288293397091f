using Microsoft.Extensions.Options;
using WhaiNot.Application.Settings;

namespace WhaiNot.Application.SystemInfo;

/// <summary>Free disk in the data folder against the configured limits: read fresh at every call (it is a cheap statfs).</summary>
public sealed class DiskSpace(SystemFacts facts, IOptions<ApplianceOptions> options)
{
    private const long Megabyte = 1024 * 1024;

    public DiskState Check() => new(
        facts.FreeDiskBytes,
        options.Value.MinimumFreeDiskMegabytes * Megabyte,
        Math.Max(options.Value.DiskWarningMegabytes, options.Value.MinimumFreeDiskMegabytes) * Megabyte);
}

/// <summary>One reading of the disk: "ok", "bijna-vol" (warn IT) or "vol" (no new recordings).</summary>
public sealed record DiskState(long FreeBytes, long MinimumFreeBytes, long WarningBytes)
{
    public bool TooFullToRecord => FreeBytes < MinimumFreeBytes;

    public bool NearlyFull => FreeBytes < WarningBytes;

    public string Name => TooFullToRecord ? "vol" : NearlyFull ? "bijna-vol" : "ok";
}
