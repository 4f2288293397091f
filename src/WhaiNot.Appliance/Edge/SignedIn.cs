using WhaiNot.Appliance.Auth;
using WhaiNot.Domain.Accounts;

namespace WhaiNot.Appliance;

/// <summary>
/// Runs an endpoint body for the signed-in account (re-read on every request). Refusals the body
/// throws pass on to <see cref="ErrorHandlingMiddleware"/>, the one place that answers them.
/// </summary>
internal static class SignedIn
{
    public static IResult Run(HttpContext context, Func<UserAccount, IResult> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return CurrentUser.Load(context) is { } user ? action(user) : NotSignedIn();
    }

    /// <summary>The same for a body that awaits (an engine draft, a hub message).</summary>
    public static async Task<IResult> RunAsync(HttpContext context, Func<UserAccount, Task<IResult>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return CurrentUser.Load(context) is { } user ? await action(user) : NotSignedIn();
    }

    private static IResult NotSignedIn() => ApiErrors.Result(StatusCodes.Status401Unauthorized, "Aanmelden is nodig.");
}
