using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhaiNot.Application.Accounts;

namespace WhaiNot.Ui.Session;

/// <summary>
/// An open page keeps its circuit for hours; every minute it checks the account behind it again,
/// so disabling it or resetting its password ends the session on open screens too, not only on
/// the next request.
/// </summary>
internal sealed class RevalidatingAccountStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return Task.FromResult(scope.ServiceProvider.GetRequiredService<SignedInAccounts>().IsStillValid(authenticationState.User));
    }
}
