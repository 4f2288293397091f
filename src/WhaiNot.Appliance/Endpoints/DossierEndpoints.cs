using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Dossiers;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Dossiers;

namespace WhaiNot.Appliance;

/// <summary>Dossier content. Every read and write is audited, and so is every refusal (<see cref="DossierService"/>).</summary>
internal static class DossierEndpoints
{
    public static void MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/dossiers");

        dossiers.MapGet("/", (HttpContext context, DossierService service) =>
            SignedIn.Run(context, user => Results.Ok(service.ListForTeam(user).Select(Summary)))).RequirePermission(Permission.ReadDossierContent);

        dossiers.MapGet("/{id:guid}", (Guid id, HttpContext context, DossierService service) =>
            SignedIn.Run(context, user => Results.Ok(Detail(service.Read(user, id))))).RequirePermission(Permission.ReadDossierContent);

        dossiers.MapPost("/", (CreateDossierRequest request, HttpContext context, DossierService service) =>
            SignedIn.Run(context, user =>
            {
                var dossier = service.Open(user, request);
                return Results.Created($"/api/dossiers/{dossier.Id}", Detail(dossier));
            })).RequirePermission(Permission.WriteDossierContent);
    }

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
