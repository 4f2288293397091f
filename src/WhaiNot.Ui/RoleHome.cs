using WhaiNot.Domain.Accounts;

namespace WhaiNot.Ui;

/// <summary>Where each role starts: the team roles on their day, the others on the one screen of their job.</summary>
public static class RoleHome
{
    public static string Of(Role role) => role switch
    {
        Role.Worker or Role.TeamLead => "/",
        Role.Dpo => "/privacy",
        Role.FunctionalAdmin => "/beheer",
        Role.ItAdmin => "/systeem",
        _ => "/geen-toegang",
    };
}
