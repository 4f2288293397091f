using WhaiNot.Storage;
using WhaiNot.Storage.Audit;
using WhaiNot.Storage.Backups;

namespace WhaiNot.Application.SystemInfo;

/// <summary>
/// What <c>whainot status</c> tells IT in one look. Read by the running service (through the admin
/// channel, with certificate and engines) or by the CLI on a stopped box (without them).
/// </summary>
public sealed record BoxStatus(
    bool ServiceRunning,
    string Version,
    string DataFolder,
    long FreeDiskBytes,
    string Disk,
    DateTimeOffset? CertificateExpires,
    string? Engines,
    string? EngineNotice,
    DateTimeOffset? LastBackup,
    string? LastBackupPlace,
    bool AuditIntact,
    long AuditEntries,
    long? AuditFirstBrokenSequence,
    int? ActiveConversations)
{
    /// <summary>Something IT must act on now (the command's exit code says so for monitoring).</summary>
    public bool NeedsAttention => !AuditIntact || Disk == "vol";

    public static BoxStatus Read(bool running, string version, DataFolder folder, DiskState disk, AuditLog audit, MetaStore meta, DateTimeOffset? certificateExpires, string? engines, string? engineNotice, int? activeConversations = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(disk);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(meta);
        var chain = audit.Verify();
        var (lastBackup, place) = LastBackupOf(meta);
        return new BoxStatus(running, version, folder.Root, disk.FreeBytes, disk.Name, certificateExpires, engines, engineNotice, lastBackup, place, chain.IsIntact, chain.EntriesChecked, chain.FirstBrokenSequence, activeConversations);
    }

    private static (DateTimeOffset?, string?) LastBackupOf(MetaStore meta)
    {
        var value = meta.Get(BackupSet.LastBackupMeta);
        var space = value?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        return space > 0 && DateTimeOffset.TryParse(value![..space], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var when)
            ? (when, value[(space + 1)..])
            : (null, null);
    }
}
