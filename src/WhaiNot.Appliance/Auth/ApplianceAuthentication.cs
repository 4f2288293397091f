using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Access;

namespace WhaiNot.Appliance.Auth;

/// <summary>
/// Cookie sign-in for the browser, bearer tokens for API, CLI and SignalR, one policy scheme that
/// picks between them. Both re-check the account on every request, so disabling it or resetting its
/// password ends every open session at once.
/// </summary>
internal static class ApplianceAuthentication
{
    public const string Scheme = "whainot";
    public const string CookieName = "whainot.auth";

    public static IServiceCollection AddApplianceAuthentication(this IServiceCollection services, TokenService tokens, TimeSpan cookieLifetime)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie of token", options => options.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = tokens.ValidationParameters();
                options.Events = new JwtBearerEvents
                {
                    // SignalR clients can't set headers on WebSockets, so the hub takes the token from the query.
                    OnMessageReceived = context =>
                    {
                        if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is { Count: > 0 } token)
                        {
                            context.Token = token;
                        }

                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        if (!IsStillValid(context.HttpContext, context.Principal))
                        {
                            context.Fail("account changed");
                        }

                        return Task.CompletedTask;
                    },
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        var message = context.AuthenticateFailure is Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException
                            ? "Het token is verlopen. Meld opnieuw aan."
                            : context.AuthenticateFailure is not null
                                ? "Het token is ongeldig. Meld opnieuw aan."
                                : "Aanmelden is nodig.";
                        await ApiErrors.Write(context.Response, StatusCodes.Status401Unauthorized, message);
                    },
                    OnForbidden = context => ApiErrors.Write(context.Response, StatusCodes.Status403Forbidden, ApiErrors.Forbidden),
                };
            })
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = cookieLifetime;
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = context =>
                    {
                        if (!IsStillValid(context.HttpContext, context.Principal))
                        {
                            context.RejectPrincipal();
                        }

                        return Task.CompletedTask;
                    },
                    // An API answers with a status code; a page of the web app sends the browser to sign in (and back).
                    OnRedirectToLogin = context => IsApi(context.Request)
                        ? ApiErrors.Write(context.Response, StatusCodes.Status401Unauthorized, "Aanmelden is nodig.")
                        : Redirect(context.Response, "/aanmelden?terug=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString)),
                    OnRedirectToAccessDenied = context => IsApi(context.Request)
                        ? ApiErrors.Write(context.Response, StatusCodes.Status403Forbidden, ApiErrors.Forbidden)
                        : Redirect(context.Response, "/geen-toegang"),
                };
            });

        services.AddAuthorizationBuilder()
            .AddPermissionPolicy(Permission.ReadDossierContent)
            .AddPermissionPolicy(Permission.WriteDossierContent)
            .AddPermissionPolicy(Permission.ManageUsers)
            .AddPermissionPolicy(Permission.ReadAuditLog)
            .AddPermissionPolicy(Permission.ManageSystem)
            .AddPermissionPolicy(Permission.ManageTemplates)
            .AddPermissionPolicy(Permission.ManageGovernance)
            .AddPermissionPolicy(Permission.ExportClientData)
            .AddPermissionPolicy(Permission.ReadKpis);
        return services;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs");

    private static Task Redirect(HttpResponse response, string location)
    {
        response.Redirect(location);
        return Task.CompletedTask;
    }

    private static string SelectScheme(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || context.Request.Query.ContainsKey("access_token"))
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }

        return CookieAuthenticationDefaults.AuthenticationScheme;
    }

    private static bool IsStillValid(HttpContext context, System.Security.Claims.ClaimsPrincipal? principal) =>
        context.RequestServices.GetRequiredService<SignedInAccounts>().IsStillValid(principal);
}
