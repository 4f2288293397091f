using System.Text.Json;
using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Transcription;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Conversations;

namespace WhaiNot.Appliance;

/// <summary>Conversations: started in a dossier, consent per conversation, ended. Bodies are strict: unknown fields are refused.</summary>
internal static class ConversationEndpoints
{
    public static void MapConversationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/dossiers/{id:guid}/conversations", async (Guid id, HttpContext context, ConversationService conversations) =>
        {
            // The body is optional: none (or {}) starts a conversation with the client; { "kind": "dictation" } a dictation.
            var kind = ConversationKind.Conversation;
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            if (text.Trim().Length > 0)
            {
                JsonElement body;
                try
                {
                    body = JsonDocument.Parse(text).RootElement.Clone();
                }
                catch (JsonException)
                {
                    return ApiErrors.BadRequest("De aanvraag kon niet gelezen worden. Controleer of de JSON geldig is.");
                }

                if (StrictJson.Check(body, "kind") is { } problem)
                {
                    return ApiErrors.BadRequest(problem);
                }

                if (body.TryGetProperty("kind", out var value))
                {
                    if (value.ValueKind != JsonValueKind.String || ConversationKinds.Parse(value.GetString()) is not { } parsed)
                    {
                        return ApiErrors.BadRequest("Geef 'kind': conversation (gesprek met de cliënt) of dictation (dictaat na een contact).");
                    }

                    kind = parsed;
                }
            }

            return SignedIn.Run(context, user =>
            {
                var started = conversations.Start(user, id, kind);
                return Results.Created($"/api/conversations/{started.Conversation.Id}", Describe(started));
            });
        }).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/dossiers/{id:guid}/conversations", (Guid id, HttpContext context, ConversationService conversations) =>
            SignedIn.Run(context, user => Results.Ok(conversations.ForDossier(user, id).Select(Describe)))).RequirePermission(Permission.ReadDossierContent);

        app.MapGet("/api/conversations/{id:guid}", (Guid id, HttpContext context, ConversationService conversations) =>
            SignedIn.Run(context, user => Results.Ok(Describe(conversations.Find(user, id))))).RequirePermission(Permission.ReadDossierContent);

        app.MapPut("/api/conversations/{id:guid}/consent", (Guid id, JsonElement body, HttpContext context, ConversationService conversations, TranscriptionService transcription) =>
            SignedIn.Run(context, user =>
            {
                if (StrictJson.Check(body, "recording", "transcription", "aiDrafting") is { } problem)
                {
                    return ApiErrors.BadRequest(problem);
                }

                var recording = StrictJson.Boolean(body, "recording");
                var transcribing = StrictJson.Boolean(body, "transcription");
                var aiDrafting = StrictJson.Boolean(body, "aiDrafting");
                if (recording is null || transcribing is null || aiDrafting is null)
                {
                    return ApiErrors.BadRequest("Geef voor recording, transcription en aiDrafting telkens true of false.");
                }

                var recorded = conversations.RecordConsent(user, id, recording.Value, transcribing.Value, aiDrafting.Value);
                transcription.Nudge(id);
                return Results.Ok(Describe(recorded));
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/conversations/{id:guid}/end", (Guid id, HttpContext context, ConversationService conversations, TranscriptionService transcription) =>
            SignedIn.Run(context, user =>
            {
                var ended = conversations.End(user, id);
                transcription.Nudge(id);
                return Results.Ok(Describe(ended));
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/conversations/{id:guid}/audio", (Guid id, double? from, double? to, HttpContext context, ConversationAudio audio) =>
            SignedIn.Run(context, user => Results.File(WhaiNot.Speech.Audio.Pcm16Wav.Mono16k(audio.Read(user, id, from, to)), "audio/wav")))
            .RequirePermission(Permission.ReadDossierContent);
    }

    internal static object Describe(ConversationView view)
    {
        var conversation = view.Conversation;
        return new
        {
            id = conversation.Id,
            dossierId = conversation.DossierId,
            kind = conversation.Kind.ToName(),
            createdAt = conversation.CreatedAt,
            endedAt = conversation.EndedAt,
            reportDeadline = conversation.ReportDeadline,
            path = conversation.Path == ConversationPath.Ai ? "ai" : "alternative",
            consent = conversation.Consent is { } c
                ? new { recording = c.Recording, transcription = c.Transcription, aiDrafting = c.AiDrafting, recordedAt = c.RecordedAt, revokedSince = view.ConsentRevokedSince }
                : null,
            mayRecord = view.MayRecord,
            mayTranscribe = view.MayTranscribe,
            mayDraftWithAi = view.MayDraftWithAi,
        };
    }
}
