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
}
