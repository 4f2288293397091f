using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Storage;

namespace WhaiNot.Appliance;

/// <summary>Accounts and teams, for the functional admin. No dossier content passes here.</summary>
internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").RequirePermission(Permission.ManageUsers);

        users.MapGet("/", (AccountAdministration admin) => Results.Ok(admin.Users().Select(u => Describe(u, admin))));

        users.MapPost("/", (CreateUserRequest request, HttpContext context, AccountAdministration admin) =>
            Guarded(() =>
            {
                var (user, password) = admin.AddUser(ApplianceClaims.ActorOf(context.User), request.Username, request.DisplayName, request.Role, request.Team);
                return Results.Created($"/api/users/{user.Username}", new { user = Describe(user, admin), initialPassword = password });
            }));

        users.MapPost("/{username}/disable", (string username, HttpContext context, AccountAdministration admin) =>
            Guarded(() => Results.Ok(Describe(admin.Disable(ApplianceClaims.ActorOf(context.User), username), admin))));

        users.MapPost("/{username}/reset", (string username, HttpContext context, AccountAdministration admin, SignInThrottle throttle) =>
            Guarded(() =>
            {
                var (user, password) = admin.Reset(ApplianceClaims.ActorOf(context.User), username);
                throttle.Forget(user.Username);
                return Results.Ok(new { user = Describe(user, admin), initialPassword = password });
            }));

        var teams = app.MapGroup("/api/teams").RequirePermission(Permission.ManageUsers);
        teams.MapGet("/", (AccountAdministration admin) => Results.Ok(admin.Teams()));
        teams.MapPost("/", (CreateTeamRequest request, HttpContext context, AccountAdministration admin) =>
            Guarded(() => Results.Created("/api/teams", admin.AddTeam(ApplianceClaims.ActorOf(context.User), request.Name))));
    }

    private static IResult Guarded(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (ArgumentException ex)
        {
            return ApiErrors.BadRequest(ex.Message);
        }
    }

    private static object Describe(UserAccount user, AccountAdministration admin) => new
    {
        username = user.Username,
        displayName = user.DisplayName,
        role = user.Role.ToName(),
        team = admin.TeamName(user.TeamId),
        disabled = user.Disabled,
        lockedUntil = user.LockedUntil,
    };
}
