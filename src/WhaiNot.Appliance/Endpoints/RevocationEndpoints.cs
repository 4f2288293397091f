using System.Text.Json;
using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Conversations;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Conversations;

namespace WhaiNot.Appliance;

/// <summary>Revocation per client, its confirmation letter, and the legal hold that keeps a dossier's data.</summary>
internal static class RevocationEndpoints
{
    public static void MapRevocationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/dossiers/{id:guid}/revocations", (Guid id, JsonElement body, HttpContext context, RevocationService revocations) =>
            SignedIn.Run(context, user =>
            {
                if (StrictJson.Check(body, "channel") is { } problem)
                {
                    return ApiErrors.BadRequest(problem);
                }

                if (!RevocationChannels.TryParse(StrictJson.String(body, "channel"), out var channel))
                {
                    return ApiErrors.BadRequest("Kanaal ontbreekt of is onbekend. Kies gesprek, telefoon, email of formulier.");
                }

                var outcome = revocations.Revoke(user, id, channel.Value);
                return Results.Ok(new
                {
                    id = outcome.Revocation.Id,
                    channel = outcome.Revocation.Channel.ToName(),
                    effectiveAt = outcome.Revocation.EffectiveAt,
                    conversations = outcome.Conversations,
                    keysDestroyed = outcome.KeysDestroyed,
                    workStopped = outcome.WorkStopped,
                    legalHold = outcome.LegalHold,
                });
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapPut("/api/dossiers/{id:guid}/legal-hold", (Guid id, JsonElement body, HttpContext context, RevocationService revocations) =>
            SignedIn.Run(context, user =>
            {
                if (StrictJson.Check(body, "legalHold") is not null || StrictJson.Boolean(body, "legalHold") is not { } legalHold)
                {
                    return ApiErrors.BadRequest("Verwacht { \"legalHold\": true } of { \"legalHold\": false }.");
                }

                revocations.SetLegalHold(user, id, legalHold);
                return Results.Ok(new { legalHold });
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/revocations/{id:guid}/letter", (Guid id, string? format, HttpContext context, RevocationService revocations) =>
            SignedIn.Run(context, user =>
            {
                var (letter, reference) = revocations.Letter(user, id, format ?? "pdf");
                return (format ?? "pdf") switch
                {
                    "pdf" => Results.File(Documents.PdfRenderer.Render(letter), "application/pdf", $"bevestiging-intrekking-{reference}.pdf"),
                    "docx" => Results.File(Documents.DocxRenderer.Render(letter), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bevestiging-intrekking-{reference}.docx"),
                    _ => ApiErrors.BadRequest("Kies format=pdf of format=docx."),
                };
            })).RequirePermission(Permission.ReadDossierContent);
    }
}
