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
        var user = CurrentUser.Load(context, store);
        if (user is null)
        {
            return ApiErrors.Result(StatusCodes.Status401Unauthorized, "Aanmelden is nodig.");
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
}
