using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.SystemInfo;

/// <summary>What the IT admin sees of the box: where its data lives, free disk, counts. Never content.</summary>
public sealed class SystemFacts(DataFolder folder, AccountRepository accounts, DossierRepository dossiers, AuditLog audit)
{
    public string DataFolder => folder.Root;

    public long FreeDiskBytes => new DriveInfo(folder.Root).AvailableFreeSpace;

    public int Users => accounts.ListUsers().Count;

    public int Dossiers => dossiers.Count();

    public long AuditEntries => audit.Count();
}
