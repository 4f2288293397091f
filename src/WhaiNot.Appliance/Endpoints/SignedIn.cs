using WhaiNot.Appliance.Auth;
using WhaiNot.Appliance.Consent;
using WhaiNot.Domain.Accounts;
using WhaiNot.Storage;

namespace WhaiNot.Appliance;

/// <summary>Runs an endpoint body for the signed-in account (re-read on every request) and turns its refusals into Dutch problem responses.</summary>
internal static class SignedIn
{
    public static IResult Run(HttpContext context, ApplianceStore store, Func<UserAccount, IResult> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (CurrentUser.Load(context, store) is not { } user)
        {
            return NotSignedIn();
        }

        try
        {
            return action(user);
        }
        catch (ConsentException ex)
        {
            return ApiErrors.Result(ex.Status, ex.Message);
        }
    }

    /// <summary>The same for a body that awaits (an engine draft, a hub message).</summary>
    public static async Task<IResult> RunAsync(HttpContext context, ApplianceStore store, Func<UserAccount, Task<IResult>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (CurrentUser.Load(context, store) is not { } user)
        {
            return NotSignedIn();
        }

        try
        {
            return await action(user);
        }
        catch (ConsentException ex)
        {
            return ApiErrors.Result(ex.Status, ex.Message);
        }
    }

    private static IResult NotSignedIn() => ApiErrors.Result(StatusCodes.Status401Unauthorized, "Aanmelden is nodig.");
}
