namespace WhaiNot.Domain.Accounts;

/// <summary>The roles a person can hold on the appliance. Each account has exactly one.</summary>
public enum Role
{
    Worker,
    TeamLead,
    FunctionalAdmin,
    Dpo,
    ItAdmin,
}
