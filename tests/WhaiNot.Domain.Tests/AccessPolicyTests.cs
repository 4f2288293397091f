using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Dossiers;

namespace WhaiNot.Domain.Tests;

public sealed class AccessPolicyTests
{
    private static readonly Guid TeamA = Guid.NewGuid();
    private static readonly Guid TeamB = Guid.NewGuid();
    private static readonly Dossier DossierOfA = new(Guid.NewGuid(), Guid.NewGuid(), TeamA, "D-1", DateTimeOffset.UtcNow, new ClientProfile("X", "00000000000", null));

    [Theory]
    [InlineData(Role.Worker, true)]
    [InlineData(Role.TeamLead, true)]
    [InlineData(Role.FunctionalAdmin, false)]
    [InlineData(Role.Dpo, false)]
    [InlineData(Role.ItAdmin, false)]
    public void CanReadDossier_ForEachRoleInTheSameTeam_ShouldOnlyAllowTeamRoles(Role role, bool expected)
    {
        var user = User(role, TeamA);

        Assert.Equal(expected, AccessPolicy.CanReadDossier(user, DossierOfA));
        Assert.Equal(expected, AccessPolicy.CanWriteDossier(user, DossierOfA));
    }

    [Theory]
    [InlineData(Role.Worker)]
    [InlineData(Role.TeamLead)]
    public void CanReadDossier_WhenDossierOfAnotherTeam_ShouldRefuse(Role role) =>
        Assert.False(AccessPolicy.CanReadDossier(User(role, TeamB), DossierOfA));

    [Fact]
    public void CanReadDossier_WhenAccountDisabled_ShouldRefuse()
    {
        var user = User(Role.Worker, TeamA);
        user.Disabled = true;

        Assert.False(AccessPolicy.CanReadDossier(user, DossierOfA));
        Assert.Null(AccessPolicy.ContentTeamOf(user));
    }

    [Fact]
    public void ContentTeamOf_ForAdminRolesEvenWithATeam_ShouldBeNull()
    {
        // A team id on an admin account (data error, old import) must not open content.
        Assert.Null(AccessPolicy.ContentTeamOf(User(Role.Dpo, TeamA)));
        Assert.Null(AccessPolicy.ContentTeamOf(User(Role.ItAdmin, TeamA)));
        Assert.Equal(TeamA, AccessPolicy.ContentTeamOf(User(Role.TeamLead, TeamA)));
    }

    [Theory]
    [InlineData(Role.FunctionalAdmin, Permission.ManageUsers, Permission.ManageTemplates)]
    [InlineData(Role.Dpo, Permission.ReadAuditLog, Permission.ManageGovernance, Permission.ExportClientData, Permission.ReadKpis)]
    [InlineData(Role.ItAdmin, Permission.ManageSystem)]
    public void Has_ForAdminRoles_ShouldGrantExactlyTheirOwnPermissions(Role role, params Permission[] own)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            Assert.Equal(own.Contains(permission), AccessPolicy.Has(role, permission));
        }
    }

    private static UserAccount User(Role role, Guid? team) => new()
    {
        Username = "u",
        DisplayName = "U",
        Role = role,
        TeamId = team,
        PasswordHash = "x",
    };
}
