using System.Globalization;

namespace WhaiNot.Domain.Texts;

/// <summary>What the conversation and consent rules say to a worker when they refuse (Dutch, B1).</summary>
public static class ConversationTexts
{
    public const string TranscriptionNeedsRecording = "Transcriptie kan alleen met toestemming voor de opname.";
    public const string AiNeedsTranscription = "Een AI-ontwerp kan alleen met toestemming voor de transcriptie.";
    public const string ClosedAfterRevocation = "Dit gesprek is afgesloten na een intrekking van de toestemming. Start een nieuw gesprek om opnieuw toestemming te vragen.";
    public const string AlreadyEnded = "Dit gesprek is al afgesloten.";
    public const string LegalHoldTeamLeadOnly = "Alleen de teamverantwoordelijke zet een wettelijke bewaarplicht op een dossier.";
    public const string RevokedReason = "Toestemming ingetrokken";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string AlreadyRevoked(DateTimeOffset effectiveAt) =>
        $"De toestemming is al ingetrokken op {effectiveAt.ToString("d MMMM yyyy HH:mm", Dutch)}; sindsdien is er geen nieuwe toestemming gegeven. Er is niets gewijzigd.";
}
