using WhaiNot.Appliance.Auth;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Storage;

namespace WhaiNot.Appliance;

/// <summary>Dossier content. Every read and write is audited, and so is every refusal.</summary>
internal static class DossierEndpoints
{
    public static void MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/dossiers");

        dossiers.MapGet("/", (HttpContext context, ApplianceStore store) =>
        {
            var user = CurrentUser.Load(context, store);
            if (user is null || AccessPolicy.ContentTeamOf(user) is not { } team)
            {
                return ApiErrors.Forbid();
            }

            var list = store.Dossiers.ListForTeam(team);
            store.Audit.Append(user.Username, AuditAction.DossierList, "team:" + team.ToString("N"), $"{list.Count} dossiers");
            return Results.Ok(list.Select(Summary));
        }).RequirePermission(Permission.ReadDossierContent);

        dossiers.MapGet("/{id:guid}", (Guid id, HttpContext context, ApplianceStore store) =>
        {
            var user = CurrentUser.Load(context, store);
            var teamOfDossier = store.Dossiers.FindTeamOf(id);
            if (user is null || teamOfDossier is null)
            {
                return ApiErrors.NotFound("Dit dossier bestaat niet.");
            }

            if (user.TeamId != teamOfDossier || !AccessPolicy.Has(user.Role, Permission.ReadDossierContent))
            {
                store.Audit.Append(user.Username, AuditAction.DossierDenied, Target(id), "denied");
                return ApiErrors.Forbid();
            }

            var dossier = store.Dossiers.Find(id)!;
            store.Audit.Append(user.Username, AuditAction.DossierRead, Target(id));
            return Results.Ok(Detail(dossier));
        }).RequirePermission(Permission.ReadDossierContent);

        dossiers.MapPost("/", (CreateDossierRequest request, HttpContext context, ApplianceStore store, TimeProvider time) =>
        {
            var user = CurrentUser.Load(context, store);
            if (user?.TeamId is not { } team || !AccessPolicy.Has(user.Role, Permission.WriteDossierContent))
            {
                return ApiErrors.Forbid();
            }

            if (DossierInput.Validate(request) is { } problem)
            {
                return ApiErrors.BadRequest(problem);
            }

            var dossier = store.Dossiers.Create(
                team,
                request.Reference!.Trim(),
                new ClientProfile(request.ClientName!.Trim(), DossierInput.Digits(request.NationalRegisterNumber!), request.BirthDate),
                time.GetUtcNow());
            store.Audit.Append(user.Username, AuditAction.DossierCreate, Target(dossier.Id));
            return Results.Created($"/api/dossiers/{dossier.Id}", Detail(dossier));
        }).RequirePermission(Permission.WriteDossierContent);
    }

    private static string Target(Guid id) => "dossier:" + id.ToString("N");

    private static object Summary(Dossier d) => new { id = d.Id, reference = d.Reference, clientName = d.Client.FullName };

    private static object Detail(Dossier d) => new
    {
        id = d.Id,
        reference = d.Reference,
        clientId = d.ClientId,
        teamId = d.TeamId,
        openedAt = d.OpenedAt,
        clientName = d.Client.FullName,
        nationalRegisterNumber = d.Client.NationalRegisterNumber,
        birthDate = d.Client.BirthDate,
    };
}
