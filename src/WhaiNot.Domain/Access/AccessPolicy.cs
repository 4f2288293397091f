using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Dossiers;

namespace WhaiNot.Domain.Access;

/// <summary>
/// Least privilege per role. Only team roles ever touch dossier content, and only their own team's;
/// functional admins, the DPO and IT admins manage people, audit and system, never content.
/// </summary>
public static class AccessPolicy
{
    private static readonly Dictionary<Role, Permission[]> Grants = new()
    {
        [Role.Worker] = [Permission.ReadDossierContent, Permission.WriteDossierContent],
        [Role.TeamLead] = [Permission.ReadDossierContent, Permission.WriteDossierContent, Permission.ExportClientData, Permission.ReadKpis],
        [Role.FunctionalAdmin] = [Permission.ManageUsers, Permission.ManageTemplates],
        [Role.Dpo] = [Permission.ReadAuditLog, Permission.ManageGovernance, Permission.ExportClientData, Permission.ReadKpis],
        [Role.ItAdmin] = [Permission.ManageSystem],
    };

    public static bool Has(Role role, Permission permission) =>
        Grants.TryGetValue(role, out var granted) && granted.Contains(permission);

    public static bool CanReadDossier(UserAccount user, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(dossier);
        return CanReachTeamContent(user, dossier.TeamId, Permission.ReadDossierContent);
    }

    public static bool CanWriteDossier(UserAccount user, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(dossier);
        return CanReachTeamContent(user, dossier.TeamId, Permission.WriteDossierContent);
    }

    /// <summary>Whether the user may write the content of a dossier owned by <paramref name="teamId"/> (a team role of that team, not disabled).</summary>
    public static bool CanWriteTeamContent(UserAccount user, Guid teamId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return CanReachTeamContent(user, teamId, Permission.WriteDossierContent);
    }

    /// <summary>The team whose dossiers the user may list, or null when the role sees no content at all.</summary>
    public static Guid? ContentTeamOf(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Has(user.Role, Permission.ReadDossierContent) && !user.Disabled ? user.TeamId : null;
    }

    /// <summary>
    /// Whether the user may export a client's data on the client's request: the DPO for any dossier
    /// (the DPO answers the request), a team lead only for the own team's dossiers.
    /// </summary>
    public static bool CanExportClientData(UserAccount user, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(dossier);
        return !user.Disabled && Has(user.Role, Permission.ExportClientData)
            && (user.Role == Role.Dpo || user.TeamId == dossier.TeamId);
    }

    private static bool CanReachTeamContent(UserAccount user, Guid teamId, Permission permission) =>
        !user.Disabled && Has(user.Role, permission) && user.TeamId == teamId;
}
