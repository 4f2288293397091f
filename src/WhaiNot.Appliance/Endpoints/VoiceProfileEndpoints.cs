using WhaiNot.Application.Speakers;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Appliance;

/// <summary>
/// /api/me/voice-profile: the signed-in worker's own voice profile for speaker attribution. Only the
/// worker's own: there is no endpoint that reads or deletes another person's profile, and the
/// answer never holds the voice vector.
/// </summary>
internal static class VoiceProfileEndpoints
{
    public const string Path = "/api/me/voice-profile";

    public static void MapVoiceProfileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, VoiceProfileService profiles) => SignedIn.Run(context, user =>
            Results.Ok(Describe(profiles.EnrolledAt(user))))).RequireAuthorization();

        app.MapPut(Path, (HttpContext context, VoiceProfileService profiles) => SignedIn.RunAsync(context, async user =>
        {
            profiles.EnrolledAt(user);
            var wav = await ReadAsync(context);
            return Results.Ok(Describe(profiles.Enrol(user, wav)));
        })).RequireAuthorization();

        app.MapDelete(Path, (HttpContext context, VoiceProfileService profiles) => SignedIn.Run(context, user =>
            profiles.Delete(user) ? Results.NoContent() : ApiErrors.NotFound("U hebt geen stemprofiel."))).RequireAuthorization();
    }

    private static object Describe(DateTimeOffset? enrolledAt) => new { enrolled = enrolledAt is not null, enrolledAt };

    private static async Task<byte[]> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentType is not { } type || !(type.StartsWith("audio/wav", StringComparison.OrdinalIgnoreCase) || type.StartsWith("audio/x-wav", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidRequestRefusal("Stuur de opname als WAV-bestand (Content-Type: audio/wav).");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > VoiceProfileService.MaxBytes)
            {
                throw new InvalidRequestRefusal($"De opname is groter dan {VoiceProfileService.MaxBytes / (1024 * 1024)} MB; 20 tot 30 seconden is genoeg.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
