using System.Text.Json;
using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Day;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Terms;

namespace WhaiNot.Appliance;

/// <summary>
/// The worker's day: the day overview, appointments, follow-up actions and procedure dates with their
/// legal terms. Bodies are strict (unknown fields are refused); dates are yyyy-MM-dd, times HH:mm.
/// </summary>
internal static class DayEndpoints
{
    private static readonly string[] AppointmentFields = ["date", "time", "place", "telephone", "homeVisit"];
    private static readonly string[] ProcedureFields =
        ["aid", "aidRequestedOn", "decidedOn", "notifiedOn", "grantedOn", "gpmiExempt", "gpmiSignedOn", "gpmiEvaluatedOn", "notCompetent", "forwardedOn"];

    public static void MapDayEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/day", (string? date, string? worker, HttpContext context, DayOverviewService overview, TimeProvider time) =>
            SignedIn.Run(context, user =>
            {
                var day = date is null ? BrusselsTime.DateOf(time.GetUtcNow()) : DayBody.ParseDate(date, "date");
                Guid? workerId = worker is null ? null : Guid.TryParse(worker, out var id) ? id : throw new InvalidRequestRefusal("'worker' is geen geldig id.");
                return Results.Ok(DayJson.Overview(overview.For(user, workerId, day)));
            })).RequirePermission(Permission.ReadDossierContent);

        MapAppointments(app);
        MapActions(app);
        MapProcedure(app);
    }

    private static void MapAppointments(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/dossiers/{id:guid}/appointments", (Guid id, JsonElement body, HttpContext context, AppointmentService appointments, DayLinks links) =>
            SignedIn.Run(context, user =>
            {
                DayBody.Check(body, [.. AppointmentFields, "worker"]);
                var planned = appointments.Plan(user, id, DayBody.OptionalId(body, "worker"), DayBody.RequiredDate(body, "date"), DayBody.RequiredTime(body, "time"), DayBody.Place(body), DayBody.Boolean(body, "homeVisit", whenAbsent: false));
                return Results.Created($"/api/appointments/{planned.Id}", DayJson.Appointment(planned, links.ConversationDestroyed(planned)));
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/dossiers/{id:guid}/appointments", (Guid id, HttpContext context, AppointmentService appointments, DayLinks links) =>
            SignedIn.Run(context, user => Results.Ok(appointments.ForDossier(user, id).Select(a => DayJson.Appointment(a, links.ConversationDestroyed(a))))))
            .RequirePermission(Permission.WriteDossierContent);

        app.MapPut("/api/appointments/{id:guid}", (Guid id, JsonElement body, HttpContext context, AppointmentService appointments, DayLinks links) =>
            SignedIn.Run(context, user =>
            {
                DayBody.Check(body, AppointmentFields);
                var moved = appointments.Move(user, id, DayBody.RequiredDate(body, "date"), DayBody.RequiredTime(body, "time"), DayBody.Place(body), DayBody.Boolean(body, "homeVisit", whenAbsent: false));
                return Results.Ok(DayJson.Appointment(moved, links.ConversationDestroyed(moved)));
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/appointments/{id:guid}/conversation", (Guid id, HttpContext context, AppointmentService appointments, DayLinks links) =>
            SignedIn.Run(context, user =>
            {
                var (appointment, conversation) = appointments.StartConversation(user, id);
                return Results.Created(
                    $"/api/conversations/{conversation.Conversation.Id}",
                    new { appointment = DayJson.Appointment(appointment, links.ConversationDestroyed(appointment)), conversation = ConversationEndpoints.Describe(conversation) });
            })).RequirePermission(Permission.WriteDossierContent);
    }

    private static void MapActions(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/dossiers/{id:guid}/actions", (Guid id, JsonElement body, HttpContext context, FollowUpActionService actions, DayLinks links) =>
            SignedIn.Run(context, user =>
            {
                DayBody.Check(body, "who", "what", "dueOn");
                var added = actions.Add(user, id, DayBody.Actor(body, "who"), DayBody.OptionalString(body, "what") ?? "", DayBody.OptionalDate(body, "dueOn"));
                return Results.Created($"/api/actions/{added.Id}", DayJson.Action(added, links.SourceTranscriptDestroyed(added)));
            })).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/dossiers/{id:guid}/actions", (Guid id, HttpContext context, FollowUpActionService actions, DayLinks links) =>
            SignedIn.Run(context, user => Results.Ok(actions.ForDossier(user, id).Select(a => DayJson.Action(a, links.SourceTranscriptDestroyed(a))))))
            .RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/actions/{id:guid}/done", (Guid id, HttpContext context, FollowUpActionService actions, DayLinks links) =>
            SignedIn.Run(context, user => Results.Ok(DayJson.Action(actions.MarkDone(user, id), links)))).RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/actions/{id:guid}/reopen", (Guid id, HttpContext context, FollowUpActionService actions, DayLinks links) =>
            SignedIn.Run(context, user => Results.Ok(DayJson.Action(actions.Reopen(user, id), links)))).RequirePermission(Permission.WriteDossierContent);

        app.MapGet("/api/reports/{id:guid}/proposed-actions", (Guid id, int? version, HttpContext context, FollowUpActionService actions) =>
            SignedIn.Run(context, user => Results.Ok(actions.Proposals(user, id, version ?? 1).Select(DayJson.Proposal))))
            .RequirePermission(Permission.WriteDossierContent);

        app.MapPost("/api/reports/{id:guid}/actions", (Guid id, JsonElement body, HttpContext context, FollowUpActionService actions, DayLinks links) =>
            SignedIn.Run(context, user =>
            {
                DayBody.Check(body, "version", "actions");
                var version = DayBody.RequiredInt(body, "version");
                if (!body.TryGetProperty("actions", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
                {
                    throw new InvalidRequestRefusal("Geef de acties die u overneemt: { \"version\": 1, \"actions\": [ { \"sectionId\", \"sentenceIndex\", \"who\", \"what\"?, \"dueOn\"? } ] }.");
                }

                var confirmations = list.EnumerateArray().Select(item =>
                {
                    DayBody.Check(item, "sectionId", "sentenceIndex", "who", "what", "dueOn");
                    var section = DayBody.OptionalString(item, "sectionId") ?? throw new InvalidRequestRefusal("Geef 'sectionId' van de zin.");
                    return new ActionConfirmation(section, DayBody.RequiredInt(item, "sentenceIndex"), DayBody.Actor(item, "who"), DayBody.OptionalString(item, "what"), DayBody.OptionalDate(item, "dueOn"));
                }).ToList();
                var taken = actions.TakeOver(user, id, version, confirmations);
                return Results.Json(taken.Select(a => DayJson.Action(a, links.SourceTranscriptDestroyed(a))), statusCode: StatusCodes.Status201Created);
            })).RequirePermission(Permission.WriteDossierContent);
    }

    private static void MapProcedure(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dossiers/{id:guid}/procedure", (Guid id, HttpContext context, ProcedureService procedure, TimeProvider time) =>
            SignedIn.Run(context, user => Results.Ok(DayJson.Procedure(procedure.For(user, id), BrusselsTime.DateOf(time.GetUtcNow())))))
            .RequirePermission(Permission.WriteDossierContent);

        app.MapPut("/api/dossiers/{id:guid}/procedure", (Guid id, JsonElement body, HttpContext context, ProcedureService procedure, TimeProvider time) =>
            SignedIn.Run(context, user =>
            {
                DayBody.Check(body, ProcedureFields);
                var aid = DayBody.OptionalString(body, "aid") switch
                {
                    null => (AidKind?)null,
                    "social-integration" => AidKind.SocialIntegration,
                    "social-services" => AidKind.SocialServices,
                    _ => throw new InvalidRequestRefusal("Geef 'aid': social-integration (leefloon) of social-services (maatschappelijke dienstverlening)."),
                };
                var dates = new ProcedureDates(
                    id,
                    aid,
                    DayBody.OptionalDate(body, "aidRequestedOn"),
                    DayBody.OptionalDate(body, "decidedOn"),
                    DayBody.OptionalDate(body, "notifiedOn"),
                    DayBody.OptionalDate(body, "grantedOn"),
                    DayBody.Boolean(body, "gpmiExempt", whenAbsent: false),
                    DayBody.OptionalDate(body, "gpmiSignedOn"),
                    DayBody.OptionalDate(body, "gpmiEvaluatedOn"),
                    DayBody.Boolean(body, "notCompetent", whenAbsent: false),
                    DayBody.OptionalDate(body, "forwardedOn"));
                return Results.Ok(DayJson.Procedure(procedure.Save(user, id, dates), BrusselsTime.DateOf(time.GetUtcNow())));
            })).RequirePermission(Permission.WriteDossierContent);
    }
}
