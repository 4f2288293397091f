namespace WhaiNot.Domain.Conversations;

/// <summary>
/// The one place that says whether audio may be taken, transcribed or drafted from. Consent counts
/// only when it was recorded after the client's latest revocation; every other part asks here.
/// </summary>
public static class ConsentGate
{
    public static bool MayRecord(Conversation conversation, DateTimeOffset? latestRevocation) =>
        Valid(conversation, latestRevocation)?.Recording == true;

    public static bool MayTranscribe(Conversation conversation, DateTimeOffset? latestRevocation) =>
        Valid(conversation, latestRevocation)?.Transcription == true;

    public static bool MayDraftWithAi(Conversation conversation, DateTimeOffset? latestRevocation) =>
        Valid(conversation, latestRevocation)?.AiDrafting == true;

    private static ConsentChoice? Valid(Conversation conversation, DateTimeOffset? latestRevocation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var consent = conversation.Consent;
        return consent is not null && (latestRevocation is null || consent.RecordedAt > latestRevocation) ? consent : null;
    }
}
