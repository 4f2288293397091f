using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Conversations;
using WhaiNot.Domain.Access;

namespace WhaiNot.Appliance;

/// <summary>Equal treatment, measured: the team lead's parity report and the DPO's consent figures.</summary>
internal static class ParityEndpoints
{
    public static void MapParityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/parity", (string? from, string? to, HttpContext context, ParityService parity) =>
            SignedIn.Run(context, user => Results.Ok(parity.ForTeamLead(user, from, to)))).RequirePermission(Permission.ReadDossierContent);

        app.MapGet("/api/consent/statistics", (ParityService parity) =>
        {
            var figures = parity.ConsentStatistics();
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
}
