using System.Text.Json;
using WhaiNot.Application.Ocmw;
using WhaiNot.Domain.Ocmw;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Appliance;

/// <summary>The OCMW profile that letters and reports name: read by any signed-in account, written by the functional admin.</summary>
internal static class OcmwProfileEndpoints
{
    private static readonly string[] Fields = ["name", "address", "dpoContact", "complaintContact", "logo"];

    public static void MapOcmwProfileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ocmw-profile", (OcmwProfileService profiles) => Results.Ok(Describe(profiles.Read()))).RequireAuthorization();

        app.MapGet("/api/ocmw-profile/logo", (OcmwProfileService profiles) =>
            profiles.Read() is { Logo: { } logo, LogoContentType: { } type }
                ? Results.File(logo, type)
                : ApiErrors.NotFound("Er is geen logo.")).RequireAuthorization();

        // The service checks the role, so a refusal has the same Dutch text as on the screen.
        app.MapPut("/api/ocmw-profile", (JsonElement body, HttpContext context, OcmwProfileService profiles) => SignedIn.Run(context, user =>
        {
            if (StrictJson.Check(body, Fields) is { } problem)
            {
                return ApiErrors.BadRequest(problem);
            }

            var input = new OcmwProfileInput(
                StrictJson.String(body, "name"),
                StrictJson.String(body, "address"),
                StrictJson.String(body, "dpoContact"),
                StrictJson.String(body, "complaintContact"),
                Logo(body, profiles.Read().Logo));
            return Results.Ok(Describe(profiles.Save(user, input)));
        })).RequireAuthorization();
    }

    /// <summary>Without a "logo" field the current logo stays; "logo": null removes it.</summary>
    private static byte[]? Logo(JsonElement body, byte[]? current)
    {
        if (!body.TryGetProperty("logo", out var logo))
        {
            return current;
        }

        if (logo.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return logo.ValueKind == JsonValueKind.String && logo.TryGetBytesFromBase64(out var bytes)
            ? bytes
            : throw new InvalidRequestRefusal(AdministrationTexts.LogoBase64);
    }

    private static object Describe(OcmwProfile profile) => new
    {
        name = profile.Name,
        address = profile.Address,
        dpoContact = profile.DpoContact,
        complaintContact = profile.ComplaintContact,
        hasLogo = profile.Logo is not null,
        logoContentType = profile.LogoContentType,
        complete = profile.IsComplete,
    };
}
