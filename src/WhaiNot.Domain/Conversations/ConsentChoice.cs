using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Conversations;

/// <summary>
/// The client's choice for one conversation, per scope, with when and by whom it was recorded.
/// Deliberately no reason: a client never has to explain, and nothing may record why.
/// </summary>
public sealed record ConsentChoice(bool Recording, bool Transcription, bool AiDrafting, DateTimeOffset RecordedAt, Guid RecordedBy)
{
    /// <summary>Null when the combination is possible; else why not (Dutch). Each scope builds on the one before.</summary>
    public static string? Problem(bool recording, bool transcription, bool aiDrafting) =>
        transcription && !recording ? ConversationTexts.TranscriptionNeedsRecording
        : aiDrafting && !transcription ? ConversationTexts.AiNeedsTranscription
        : null;

    public bool AnyAi => Recording || Transcription || AiDrafting;
}
