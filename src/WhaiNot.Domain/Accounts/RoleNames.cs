using System.Diagnostics.CodeAnalysis;

namespace WhaiNot.Domain.Accounts;

/// <summary>The role names used on the wire (API, CLI, demo credentials), fixed by the contract.</summary>
public static class RoleNames
{
    public const string Worker = "worker";
    public const string TeamLead = "teamlead";
    public const string FunctionalAdmin = "functional-admin";
    public const string Dpo = "dpo";
    public const string ItAdmin = "it-admin";

    public static IReadOnlyList<string> All { get; } = [Worker, TeamLead, FunctionalAdmin, Dpo, ItAdmin];

    public static string ToName(this Role role) => role switch
    {
        Role.Worker => Worker,
        Role.TeamLead => TeamLead,
        Role.FunctionalAdmin => FunctionalAdmin,
        Role.Dpo => Dpo,
        Role.ItAdmin => ItAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out Role? role)
    {
        role = name?.Trim().ToLowerInvariant() switch
        {
            Worker => Role.Worker,
            TeamLead => Role.TeamLead,
            FunctionalAdmin => Role.FunctionalAdmin,
            Dpo => Role.Dpo,
            ItAdmin => Role.ItAdmin,
            _ => null,
        };
        return role is not null;
    }

    /// <summary>Roles that work inside a team and so must belong to one.</summary>
    public static bool RequiresTeam(this Role role) => role is Role.Worker or Role.TeamLead;
}
