using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;

namespace WhaiNot.Appliance;

/// <summary>Accounts and teams, for the functional admin, through <see cref="UserAdministration"/> (shared with the web app). No dossier content passes here.</summary>
internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").RequirePermission(Permission.ManageUsers);

        users.MapGet("/", (HttpContext context, UserAdministration admin) =>
            SignedIn.Run(context, caller => Results.Ok(admin.Users(caller).Select(Describe))));

        users.MapPost("/", (CreateUserRequest request, HttpContext context, UserAdministration admin) => SignedIn.Run(context, caller =>
        {
            var (user, password) = admin.Add(caller, request.Username, request.DisplayName, request.Role, request.Team);
            return Results.Created($"/api/users/{user.Username}", new { user = Describe(user), initialPassword = password });
        }));

        users.MapPost("/{username}/disable", (string username, HttpContext context, UserAdministration admin) =>
            SignedIn.Run(context, caller => Results.Ok(Describe(admin.Disable(caller, username)))));

        users.MapPost("/{username}/reset", (string username, HttpContext context, UserAdministration admin) => SignedIn.Run(context, caller =>
        {
            var (user, password) = admin.Reset(caller, username);
            return Results.Ok(new { user = Describe(user), initialPassword = password });
        }));

        var teams = app.MapGroup("/api/teams").RequirePermission(Permission.ManageUsers);
        teams.MapGet("/", (HttpContext context, UserAdministration admin) => SignedIn.Run(context, caller => Results.Ok(admin.Teams(caller))));
        teams.MapPost("/", (CreateTeamRequest request, HttpContext context, UserAdministration admin) =>
            SignedIn.Run(context, caller => Results.Created("/api/teams", admin.AddTeam(caller, request.Name))));
    }

    private static object Describe(UserSummary user) => new
    {
        username = user.Username,
        displayName = user.DisplayName,
        role = user.Role.ToName(),
        team = user.Team,
        disabled = user.Disabled,
        lockedUntil = user.LockedUntil,
    };
}
