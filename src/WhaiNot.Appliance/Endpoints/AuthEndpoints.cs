using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Appliance;

/// <summary>Sign-in: a bearer token for API, CLI and SignalR; a cookie for the browser.</summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth");

        auth.MapPost("/token", (CredentialsRequest request, SignInService signIn, TokenService tokens, HttpContext context) =>
        {
            var outcome = signIn.SignIn(request.Username, request.Password, SignInRateLimit.AddressOf(context));
            return outcome.User is null
                ? Refused(context, outcome)
                : Results.Ok(new { token = tokens.Issue(outcome.User), expiresIn = (int)tokens.Lifetime.TotalSeconds, role = outcome.User.Role.ToName() });
        }).AllowAnonymous().RequireRateLimiting(SignInRateLimit.PolicyName);

        auth.MapPost("/login", async (CredentialsRequest request, SignInService signIn, HttpContext context) =>
        {
            var outcome = signIn.SignIn(request.Username, request.Password, SignInRateLimit.AddressOf(context));
            if (outcome.User is null)
            {
                return Refused(context, outcome);
            }

            await context.SignInAsync(
                CookieAuthenticationDefaults.AuthenticationScheme,
                ApplianceClaims.Principal(outcome.User, CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.Ok(Describe(outcome.User));
        }).AllowAnonymous().RequireRateLimiting(SignInRateLimit.PolicyName);

        auth.MapPost("/logout", async (HttpContext context, AuditLog audit) =>
        {
            audit.Append(ApplianceClaims.ActorOf(context.User), AuditAction.SignOut, null);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).RequireAuthorization();

        // The web app's sign-out: a form post (antiforgery checked), or a plain link after inactivity.
        // A cross-site request carries no cookie (SameSite=Strict), so the link signs no one out from elsewhere.
        app.MapPost("/afmelden", (HttpContext context, AuditLog audit) => SignOutPage(context, audit, "afgemeld"))
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).AllowAnonymous();
        app.MapGet("/afmelden", (HttpContext context, AuditLog audit) => SignOutPage(context, audit, context.Request.Query["reden"] == "inactief" ? "inactief" : "afgemeld"))
            .AllowAnonymous();

        auth.MapGet("/me", (HttpContext context) =>
            CurrentUser.Load(context) is { } user
                ? Results.Ok(Describe(user))
                : ApiErrors.Result(StatusCodes.Status401Unauthorized, "Aanmelden is nodig.")).RequireAuthorization();
    }

    private static async Task<IResult> SignOutPage(HttpContext context, AuditLog audit, string reason)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            audit.Append(ApplianceClaims.ActorOf(context.User), AuditAction.SignOut, null, reason);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }

        return Results.Redirect("/aanmelden?reden=" + reason);
    }

    private static object Describe(UserAccount user) =>
        new { username = user.Username, displayName = user.DisplayName, role = user.Role.ToName(), teamId = user.TeamId };

    /// <summary>401 for a failed attempt; 429 with Retry-After while this PC must wait for the account.</summary>
    private static IResult Refused(HttpContext context, SignInOutcome outcome)
    {
        if (outcome.RetryAfter is not { } wait)
        {
            return ApiErrors.Result(StatusCodes.Status401Unauthorized, outcome.Error!);
        }

        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ApiErrors.Result(StatusCodes.Status429TooManyRequests, outcome.Error!);
    }
}
