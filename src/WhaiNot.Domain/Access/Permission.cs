namespace WhaiNot.Domain.Access;

/// <summary>What a role may do. Dossier content is reachable only through the first two.</summary>
public enum Permission
{
    ReadDossierContent,
    WriteDossierContent,
    ManageUsers,
    ReadAuditLog,
    ManageSystem,

    /// <summary>Add new versions of report templates (functional admin); templates hold no client data.</summary>
    ManageTemplates,

    /// <summary>The governance views and decisions of the DPO: retention schedule, confirming a report's deletion, AI log, governance pack. No content.</summary>
    ManageGovernance,

    /// <summary>Export everything the box holds about one client (the client's right of access): team lead of the dossier's team, or the DPO.</summary>
    ExportClientData,

    /// <summary>The KPIs with their stop/go thresholds (figures only): team lead and DPO.</summary>
    ReadKpis,
}
