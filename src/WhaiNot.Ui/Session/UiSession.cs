using Microsoft.AspNetCore.Components.Authorization;
using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Ui.Session;

/// <summary>The signed-in worker of this circuit, read fresh from the accounts on every ask, so a role change or a disabled account counts at once.</summary>
public sealed class UiSession(AuthenticationStateProvider authentication, SignedInAccounts accounts)
{
    public async Task<UserAccount?> UserAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return accounts.Find(state.User);
    }

    /// <summary>The signed-in account; the pages that call this are [Authorize], so none means the session just ended.</summary>
    public async Task<UserAccount> RequireUserAsync() =>
        await UserAsync() ?? throw new NotAllowedRefusal(UiTexts.SignIn.Expired);
}
