namespace WhaiNot.Domain.Parity;

/// <summary>How often clients allowed each use, for the DPO; counts only, no content and no identities.</summary>
/// <param name="Conversations">Distinct conversations with a consent decision.</param>
/// <param name="Recording">Conversations whose latest decision allowed recording.</param>
/// <param name="Transcription">Conversations whose latest decision allowed transcription.</param>
/// <param name="AiDrafting">Conversations whose latest decision allowed AI drafting.</param>
/// <param name="RecordingRate">Recording / Conversations, 0 to 1; <see langword="null"/> without conversations.</param>
/// <param name="TranscriptionRate">Transcription / Conversations, 0 to 1; <see langword="null"/> without conversations.</param>
/// <param name="AiDraftingRate">AiDrafting / Conversations, 0 to 1; <see langword="null"/> without conversations.</param>
/// <param name="Revocations">Consents withdrawn after they were given, as counted by the caller.</param>
public sealed record ConsentFigures(
    int Conversations,
    int Recording,
    int Transcription,
    int AiDrafting,
    double? RecordingRate,
    double? TranscriptionRate,
    double? AiDraftingRate,
    int Revocations);
