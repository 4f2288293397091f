using System.Text.Json;
using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Transcription;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Appliance;

/// <summary>The transcript of a conversation (contract format, corrections applied) and worker corrections per segment.</summary>
internal static class TranscriptEndpoints
{
    public static void MapTranscriptEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/conversations/{id:guid}/transcript", (Guid id, bool? engineText, HttpContext context, TranscriptService transcripts) =>
            SignedIn.Run(context, user =>
            {
                var (segments, progress) = transcripts.Read(user, id);
                return Results.Ok(new
                {
                    id = id.ToString(),
                    language = "nl",
                    complete = progress.Complete,
                    segments = segments.Select(s => Describe(s, engineText == true)),
                });
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapPatch("/api/conversations/{id:guid}/transcript/segments/{segmentId}", async (Guid id, string segmentId, JsonElement body, HttpContext context, TranscriptService transcripts) =>
        {
            if (StrictJson.Check(body, "text", "speaker") is { } problem)
            {
                return ApiErrors.BadRequest(problem);
            }

            var text = StrictJson.String(body, "text");
            Speaker? speaker = null;
            if (body.TryGetProperty("speaker", out _))
            {
                if (!SpeakerNames.TryParse(StrictJson.String(body, "speaker"), out var parsed))
                {
                    return ApiErrors.BadRequest("speaker moet worker, client, other of unknown zijn.");
                }

                speaker = parsed;
            }

            if (body.TryGetProperty("text", out _) && text is null)
            {
                return ApiErrors.BadRequest("text moet een tekst zijn.");
            }

            return await SignedIn.RunAsync(context, async user =>
                Results.Ok(Describe(await transcripts.CorrectAsync(user, id, segmentId, text, speaker, context.RequestAborted), withEngineText: true)));
        }).RequirePermission(Permission.WriteDossierContent);
    }

    private static Dictionary<string, object?> Describe(TranscriptSegment segment, bool withEngineText)
    {
        var described = new Dictionary<string, object?>
        {
            ["id"] = segment.Id,
            ["start"] = Math.Round(segment.Start, 2),
            ["end"] = Math.Round(segment.End, 2),
            ["speaker"] = SpeakerNames.Of(segment.Speaker),
            ["text"] = segment.Text,
        };
        if (withEngineText)
        {
            described["engineText"] = segment.EngineText;
            described["engineSpeaker"] = SpeakerNames.Of(segment.EngineSpeaker);
            described["engineSpeakerConfidence"] = segment.EngineSpeakerConfidence;
            described["editedBy"] = segment.EditedBy;
            described["editedAt"] = segment.EditedAt;
        }

        return described;
    }
}
