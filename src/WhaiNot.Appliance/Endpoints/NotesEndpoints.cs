using System.Text.Json;
using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Conversations;
using WhaiNot.Domain.Access;

namespace WhaiNot.Appliance;

/// <summary>The worker's own notes of a conversation (sealed), the basis of a report on the alternative path.</summary>
internal static class NotesEndpoints
{
    private const int MaxLength = 50_000;

    public static void MapNotesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/conversations/{id:guid}/notes", (Guid id, JsonElement body, HttpContext context, NotesService notes) =>
            SignedIn.Run(context, user =>
            {
                if (StrictJson.Check(body, "text") is not null || StrictJson.String(body, "text") is not { } text)
                {
                    return ApiErrors.BadRequest("Verwacht { \"text\": \"...\" } met de notities van het gesprek.");
                }

                if (text.Length > MaxLength)
                {
                    return ApiErrors.BadRequest("De notities zijn te lang (hoogstens 50.000 tekens).");
                }

                notes.Save(user, id, text);
                return Results.NoContent();
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/conversations/{id:guid}/notes", (Guid id, HttpContext context, NotesService notes) =>
            SignedIn.Run(context, user => Results.Ok(new { text = notes.Read(user, id) }))).RequirePermission(Permission.ReadDossierContent);
    }
}
