using WhaiNot.Appliance.Auth;
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

        users.MapGet("/", (ApplianceStore store) => Results.Ok(store.Accounts.ListUsers().Select(u => Describe(u, store))));

        users.MapPost("/", (CreateUserRequest request, HttpContext context, AccountAdministration admin, ApplianceStore store) =>
            Guarded(() =>
            {
                var (user, password) = admin.AddUser(ApplianceClaims.ActorOf(context.User), request.Username, request.DisplayName, request.Role, request.Team);
                return Results.Created($"/api/users/{user.Username}", new { user = Describe(user, store), initialPassword = password });
            }));

        users.MapPost("/{username}/disable", (string username, HttpContext context, AccountAdministration admin, ApplianceStore store) =>
            Guarded(() => Results.Ok(Describe(admin.Disable(ApplianceClaims.ActorOf(context.User), username), store))));

        users.MapPost("/{username}/reset", (string username, HttpContext context, AccountAdministration admin, ApplianceStore store) =>
            Guarded(() =>
            {
                var (user, password) = admin.Reset(ApplianceClaims.ActorOf(context.User), username);
                return Results.Ok(new { user = Describe(user, store), initialPassword = password });
            }));

        var teams = app.MapGroup("/api/teams").RequirePermission(Permission.ManageUsers);
        teams.MapGet("/", (ApplianceStore store) => Results.Ok(store.Accounts.ListTeams()));
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

    private static object Describe(UserAccount user, ApplianceStore store) => new
    {
        username = user.Username,
        displayName = user.DisplayName,
        role = user.Role.ToName(),
        team = user.TeamId is { } id ? store.Accounts.FindTeam(id)?.Name : null,
        disabled = user.Disabled,
        lockedUntil = user.LockedUntil,
    };
}
