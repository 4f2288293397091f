using System.Text.Json;
using WhaiNot.Appliance.Auth;
using WhaiNot.Appliance.Consent;
using WhaiNot.Appliance.Transcription;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Parity;
using WhaiNot.Storage;

namespace WhaiNot.Appliance;

/// <summary>Conversations, consent per conversation, revocation per client, legal hold. Bodies are strict: unknown fields are refused.</summary>
internal static class ConsentEndpoints
{
    public static void MapConsentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/dossiers/{id:guid}/conversations", (Guid id, HttpContext context, ApplianceStore store, ConsentService consent) =>
            SignedIn.Run(context, store, user =>
            {
                var conversation = consent.StartConversation(user, id);
                return Results.Created($"/api/conversations/{conversation.Id}", Describe(conversation, consent));
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/conversations/{id:guid}", (Guid id, HttpContext context, ApplianceStore store, ConsentService consent) =>
            SignedIn.Run(context, store, user =>
            {
                var conversation = store.Conversations.Find(id);
                return conversation is null || user.TeamId != conversation.TeamId
                    ? ApiErrors.NotFound("Dit gesprek bestaat niet.")
                    : Results.Ok(Describe(conversation, consent));
            })).RequirePermission(Permission.ReadDossierContent);

        app.MapPut("/api/conversations/{id:guid}/consent", (Guid id, JsonElement body, HttpContext context, ApplianceStore store, ConsentService consent, TranscriptionService transcriptionService) =>
            SignedIn.Run(context, store, user =>
            {
                if (StrictJson.Check(body, "recording", "transcription", "aiDrafting") is { } problem)
                {
                    return ApiErrors.BadRequest(problem);
                }

                var recording = StrictJson.Boolean(body, "recording");
                var transcription = StrictJson.Boolean(body, "transcription");
                var aiDrafting = StrictJson.Boolean(body, "aiDrafting");
                if (recording is null || transcription is null || aiDrafting is null)
                {
                    return ApiErrors.BadRequest("Geef voor recording, transcription en aiDrafting telkens true of false.");
                }

                var recorded = consent.RecordConsent(user, id, recording.Value, transcription.Value, aiDrafting.Value);
                transcriptionService.Nudge(id);
                return Results.Ok(Describe(recorded, consent));
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/dossiers/{id:guid}/revocations", (Guid id, JsonElement body, HttpContext context, ApplianceStore store, ConsentService consent) =>
            SignedIn.Run(context, store, user =>
            {
                if (StrictJson.Check(body, "channel") is { } problem)
                {
                    return ApiErrors.BadRequest(problem);
                }

                if (!RevocationChannels.TryParse(StrictJson.String(body, "channel"), out var channel))
                {
                    return ApiErrors.BadRequest("Kanaal ontbreekt of is onbekend. Kies gesprek, telefoon, email of formulier.");
                }

                var outcome = consent.Revoke(user, id, channel.Value);
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

        app.MapPut("/api/dossiers/{id:guid}/legal-hold", (Guid id, JsonElement body, HttpContext context, ApplianceStore store, ConsentService consent) =>
            SignedIn.Run(context, store, user =>
            {
                if (StrictJson.Check(body, "legalHold") is { } problem || StrictJson.Boolean(body, "legalHold") is not { } legalHold)
                {
                    return ApiErrors.BadRequest("Verwacht { \"legalHold\": true } of { \"legalHold\": false }.");
                }

                consent.SetLegalHold(user, id, legalHold);
                return Results.Ok(new { legalHold });
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/conversations/{id:guid}/end", (Guid id, HttpContext context, ApplianceStore store, ConsentService consent, TranscriptionService transcription) =>
            SignedIn.Run(context, store, user =>
            {
                var ended = consent.EndConversation(user, id);
                transcription.Nudge(id);
                return Results.Ok(Describe(ended, consent));
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapPut("/api/conversations/{id:guid}/notes", (Guid id, JsonElement body, HttpContext context, ApplianceStore store, ConsentService consent) =>
            SignedIn.Run(context, store, user =>
            {
                if (StrictJson.Check(body, "text") is { } problem || StrictJson.String(body, "text") is not { } text)
                {
                    return ApiErrors.BadRequest("Verwacht { \"text\": \"...\" } met de notities van het gesprek.");
                }

                if (text.Length > 50_000)
                {
                    return ApiErrors.BadRequest("De notities zijn te lang (hoogstens 50.000 tekens).");
                }

                consent.SaveNotes(user, id, text);
                return Results.NoContent();
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/conversations/{id:guid}/notes", (Guid id, HttpContext context, ApplianceStore store, ConsentService consent) =>
            SignedIn.Run(context, store, user => Results.Ok(new { text = consent.ReadNotes(user, id) }))).RequirePermission(Permission.ReadDossierContent);

        app.MapGet("/api/reports/parity", (string? from, string? to, HttpContext context, ApplianceStore store, ParityService parity) =>
            SignedIn.Run(context, store, user =>
            {
                if (TeamLeadPeriod.Read(user, from, to, out var team, out var start, out var end) is { } refused)
                {
                    return refused;
                }

                store.Audit.Append(user.Username, Domain.Audit.AuditAction.ParityRead, "team:" + team.ToString("N"));
                return Results.Ok(parity.ForTeam(team, start, end));
            })).RequirePermission(Permission.ReadDossierContent);

        app.MapGet("/api/revocations/{id:guid}/letter", (Guid id, string? format, HttpContext context, ApplianceStore store, Microsoft.Extensions.Options.IOptions<Hosting.ApplianceOptions> options) =>
            SignedIn.Run(context, store, user =>
            {
                var revocation = store.Conversations.FindRevocation(id);
                var dossier = revocation is null ? null : store.Dossiers.Find(revocation.DossierId);
                if (revocation is null || dossier is null || dossier.TeamId != user.TeamId)
                {
                    return ApiErrors.NotFound("Deze intrekking bestaat niet.");
                }

                var worker = store.Accounts.FindUser(revocation.RecordedBy)?.DisplayName ?? user.DisplayName;
                var letter = RevocationLetter.Compose(
                    RevocationLetterTexts.Load(Environment.GetEnvironmentVariable(Hosting.ApplianceConfiguration.ConfigFileVariable) is { } file ? Path.GetDirectoryName(file) : null),
                    revocation,
                    dossier,
                    worker,
                    options.Value.OcmwName,
                    TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));
                store.Audit.Append(user.Username, Domain.Audit.AuditAction.LetterRead, "revocation:" + id.ToString("N"), format ?? "pdf");
                return (format ?? "pdf") switch
                {
                    "pdf" => Results.File(WhaiNot.Documents.PdfRenderer.Render(letter), "application/pdf", $"bevestiging-intrekking-{dossier.Reference}.pdf"),
                    "docx" => Results.File(WhaiNot.Documents.DocxRenderer.Render(letter), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bevestiging-intrekking-{dossier.Reference}.docx"),
                    _ => ApiErrors.BadRequest("Kies format=pdf of format=docx."),
                };
            })).RequirePermission(Permission.ReadDossierContent);

        app.MapGet("/api/conversations/{id:guid}/audio", (Guid id, double? from, double? to, HttpContext context, ApplianceStore store) =>
            SignedIn.Run(context, store, user =>
            {
                var conversation = store.Conversations.Find(id);
                if (conversation is null || conversation.TeamId != user.TeamId)
                {
                    return ApiErrors.NotFound("Dit gesprek bestaat niet.");
                }

                if (from is < 0 || to is < 0 || (from is { } f && to is { } t && t < f))
                {
                    return ApiErrors.BadRequest("from en to zijn seconden vanaf het begin, met to niet vóór from.");
                }

                try
                {
                    var pcm = store.Audio.ReadRange(id, from ?? 0, to);
                    store.Audit.Append(user.Username, Domain.Audit.AuditAction.AudioRead, Domain.Audit.AuditTargets.Conversation(id));
                    return Results.File(Hubs.WavFile.Pcm16Mono16k(pcm), "audio/wav");
                }
                catch (ContentDestroyedException)
                {
                    return ApiErrors.Result(StatusCodes.Status410Gone, "De audio van dit gesprek is vernietigd na de intrekking van de toestemming.");
                }
            })).RequirePermission(Permission.ReadDossierContent);

        app.MapGet("/api/consent/statistics", (ApplianceStore store) =>
        {
            var (decisions, revocations) = store.Conversations.ConsentCounts();
            var figures = ConsentStatisticsCalculator.Calculate(decisions, revocations);
            static double? Rounded(double? rate) => rate is { } value ? Math.Round(value, 4) : null;
            return Results.Ok(new
            {
                conversationsWithDecision = figures.Conversations,
                recording = figures.Recording,
                transcription = figures.Transcription,
                aiDrafting = figures.AiDrafting,
                recordingRate = Rounded(figures.RecordingRate),
                transcriptionRate = Rounded(figures.TranscriptionRate),
                aiDraftingRate = Rounded(figures.AiDraftingRate),
                revocations = figures.Revocations,
            });
        }).RequirePermission(Permission.ReadAuditLog);
    }

    private static object Describe(Conversation conversation, ConsentService consent)
    {
        var revokedAt = consent.LatestRevocation(conversation.ClientId);
        return new
        {
            id = conversation.Id,
            dossierId = conversation.DossierId,
            createdAt = conversation.CreatedAt,
            endedAt = conversation.EndedAt,
            reportDeadline = conversation.ReportDeadline,
            path = conversation.Path == ConversationPath.Ai ? "ai" : "alternative",
            consent = conversation.Consent is { } c
                ? new { recording = c.Recording, transcription = c.Transcription, aiDrafting = c.AiDrafting, recordedAt = c.RecordedAt, revokedSince = revokedAt is { } at && at >= c.RecordedAt }
                : null,
            mayRecord = ConsentGate.MayRecord(conversation, revokedAt),
            mayTranscribe = ConsentGate.MayTranscribe(conversation, revokedAt),
            mayDraftWithAi = ConsentGate.MayDraftWithAi(conversation, revokedAt),
        };
    }
}
