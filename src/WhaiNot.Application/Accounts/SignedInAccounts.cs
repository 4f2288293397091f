using System.Security.Claims;
using WhaiNot.Domain.Accounts;
using WhaiNot.Storage;

namespace WhaiNot.Application.Accounts;

/// <summary>The account behind a signed-in principal, read fresh (role and team as they are now, not as when signed in); null when it is gone or disabled.</summary>
public sealed class SignedInAccounts(AccountRepository accounts)
{
    public UserAccount? Find(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return ApplianceClaims.UserIdOf(principal) is { } id && accounts.FindUser(id) is { Disabled: false } user ? user : null;
    }

    /// <summary>
    /// Whether a cookie, token or open page still stands for its account: the account exists, is not
    /// disabled, and its password was not reset since (the security stamp in the claims is current).
    /// </summary>
    public bool IsStillValid(ClaimsPrincipal? principal) =>
        principal is not null && Find(principal) is { } user && user.SecurityStamp == principal.FindFirst(ApplianceClaims.SecurityStamp)?.Value;
}
