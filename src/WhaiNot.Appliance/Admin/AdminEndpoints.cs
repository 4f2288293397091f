using WhaiNot.Application.Accounts;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Engines;
using WhaiNot.Application.SystemInfo;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;
using WhaiNot.Storage.Backups;

namespace WhaiNot.Appliance.Admin;

/// <summary>
/// /admin/*: what the CLI does while the service holds the data folder. Only reachable through
/// <see cref="AdminChannel"/> (Unix socket + token); every change is audited as "cli:&lt;user&gt;".
/// </summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app, AdminChannel channel)
    {
        var admin = app.MapGroup("/admin").AllowAnonymous().AddEndpointFilter(async (context, next) =>
            channel.Admits(context.HttpContext) ? await next(context) : ApiErrors.NotFound("Niet gevonden."));

        admin.MapGet("/users", (AccountAdministration accounts) => Results.Ok(accounts.Users().Select(u => Describe(u, accounts))));
        admin.MapPost("/users", (AdminUserRequest request, HttpContext context, AccountAdministration accounts) => Guarded(() =>
        {
            var (user, password) = accounts.AddUser(AdminChannel.ActorOf(context), request.Username, request.DisplayName, request.Role, request.Team);
            return Results.Ok(new { user = Describe(user, accounts), password });
        }));
        admin.MapPost("/users/{username}/disable", (string username, HttpContext context, AccountAdministration accounts) =>
            Guarded(() => Results.Ok(new { user = Describe(accounts.Disable(AdminChannel.ActorOf(context), username), accounts) })));
        admin.MapPost("/users/{username}/reset", (string username, HttpContext context, AccountAdministration accounts, SignInThrottle throttle) => Guarded(() =>
        {
            var (user, password) = accounts.Reset(AdminChannel.ActorOf(context), username);
            throttle.Forget(user.Username);
            return Results.Ok(new { user = Describe(user, accounts), password });
        }));

        admin.MapGet("/teams", (AccountAdministration accounts) => Results.Ok(accounts.Teams().Select(t => t.Name)));
        admin.MapPost("/teams", (AdminTeamRequest request, HttpContext context, AccountAdministration accounts) =>
            Guarded(() => Results.Ok(new { name = accounts.AddTeam(AdminChannel.ActorOf(context), request.Name).Name })));

        admin.MapPost("/audit/verify", (HttpContext context, AuditLog audit) =>
        {
            var result = audit.Verify();
            audit.Append(AdminChannel.ActorOf(context), AuditAction.AuditVerify, null, result.IsIntact ? "ok" : "broken");
            return Results.Ok(new { intact = result.IsIntact, entriesChecked = result.EntriesChecked, firstBrokenSequence = result.FirstBrokenSequence, problem = result.Problem });
        });

        admin.MapGet("/status", (ApplianceStore store, DiskSpace disk, HostFacts host, EngineStatus engines, ConversationActivity activity) =>
            Results.Ok(BoxStatus.Read(true, host.Version, store.Folder, disk.Check(), store.Audit, store.Meta, host.ServerCertificateExpires, EngineStateNames.Of(engines.State), engines.Notice, activity.ActiveConversations)));

        admin.MapPost("/models/import", (AdminModelImportRequest request, HttpContext context, ModelImporter importer) =>
            Guarded(() => Results.Ok(importer.Import(AdminChannel.ActorOf(context), request.From, request.AllowUnlisted ?? false))));

        admin.MapPost("/backup", (AdminBackupRequest request, HttpContext context, ApplianceStore store, TimeProvider time) => Guarded(() =>
        {
            if (string.IsNullOrWhiteSpace(request.To) || !Path.IsPathFullyQualified(request.To))
            {
                throw new ArgumentException("Geef de back-upmap als volledig pad op.");
            }

            var result = new BackupSet(request.To).Create(store, time, request.KeyDays ?? BackupSet.DefaultConversationKeyDays);
            store.Audit.Append(AdminChannel.ActorOf(context), AuditAction.Backup, result.Folder);
            return Results.Ok(BackupAnswer.Of(result));
        }));
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
        catch (StoreException ex)
        {
            return ApiErrors.Result(StatusCodes.Status422UnprocessableEntity, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ApiErrors.Result(StatusCodes.Status422UnprocessableEntity, "Een bestand kon niet gelezen of geschreven worden door de service: " + ex.Message);
        }
    }

    private static object Describe(UserAccount user, AccountAdministration accounts) => new
    {
        username = user.Username,
        displayName = user.DisplayName,
        role = user.Role.ToName(),
        team = accounts.TeamName(user.TeamId),
        disabled = user.Disabled,
        locked = user.IsLockedOut(DateTimeOffset.UtcNow),
    };
}

internal sealed record AdminUserRequest(string? Username, string? DisplayName, string? Role, string? Team);

internal sealed record AdminTeamRequest(string? Name);

internal sealed record AdminBackupRequest(string? To, int? KeyDays);

internal sealed record AdminModelImportRequest(string? From, bool? AllowUnlisted);
