using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Accounts;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Auth;

/// <summary>The signed-in account, read fresh from the accounts (role and team as they are now, not as when signed in).</summary>
internal static class CurrentUser
{
    public static UserAccount? Load(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ApplianceClaims.UserIdOf(context.User) is { } id ? context.RequestServices.GetRequiredService<AccountRepository>().FindUser(id) : null;
    }
}
