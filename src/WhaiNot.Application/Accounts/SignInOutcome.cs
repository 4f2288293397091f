using WhaiNot.Domain.Accounts;

namespace WhaiNot.Application.Accounts;

/// <summary>The result of checking a username and password.</summary>
/// <param name="Error">Dutch text for the person signing in; null on success.</param>
public sealed record SignInOutcome(UserAccount? User, string? Error)
{
    public static SignInOutcome Refused(string error) => new(null, error);
}
