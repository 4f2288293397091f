using WhaiNot.Domain.Access;

namespace WhaiNot.Application.Accounts;

/// <summary>
/// The name of the authorization policy for each <see cref="Permission"/>, as constants so the API
/// (RequirePermission) and the web app's pages ([Authorize(Policy = …)]) name the same policy.
/// </summary>
public static class PermissionPolicyNames
{
    public const string ReadDossierContent = "permission:" + nameof(Permission.ReadDossierContent);
    public const string WriteDossierContent = "permission:" + nameof(Permission.WriteDossierContent);
    public const string ManageUsers = "permission:" + nameof(Permission.ManageUsers);
    public const string ReadAuditLog = "permission:" + nameof(Permission.ReadAuditLog);
    public const string ManageSystem = "permission:" + nameof(Permission.ManageSystem);
    public const string ManageTemplates = "permission:" + nameof(Permission.ManageTemplates);
    public const string ManageGovernance = "permission:" + nameof(Permission.ManageGovernance);
    public const string ReadKpis = "permission:" + nameof(Permission.ReadKpis);

    public static string Of(Permission permission) => "permission:" + permission;
}
