namespace WhaiNot.Domain.Access;

/// <summary>What a role may do. Dossier content is reachable only through the first two.</summary>
public enum Permission
{
    ReadDossierContent,
    WriteDossierContent,
    ManageUsers,
    ReadAuditLog,
    ManageSystem,
}
