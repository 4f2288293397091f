using WhaiNot.Domain.Accounts;

namespace WhaiNot.Application.Accounts;

/// <summary>The result of checking a username and password.</summary>
/// <param name="Error">Dutch text for the person signing in; null on success.</param>
/// <param name="RetryAfter">Set when the attempt was not checked because this PC must wait first.</param>
public sealed record SignInOutcome(UserAccount? User, string? Error, TimeSpan? RetryAfter = null)
{
    public static SignInOutcome Refused(string error) => new(null, error);

    public static SignInOutcome Throttled(string error, TimeSpan wait) => new(null, error, wait);
}
