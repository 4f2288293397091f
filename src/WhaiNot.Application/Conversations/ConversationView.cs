using WhaiNot.Domain.Conversations;

namespace WhaiNot.Application.Conversations;

/// <summary>A conversation with its client's latest revocation, so a screen or the API can say what the consent gate allows now.</summary>
public sealed record ConversationView(Conversation Conversation, DateTimeOffset? LatestRevocation)
{
    public bool MayRecord => ConsentGate.MayRecord(Conversation, LatestRevocation);

    public bool MayTranscribe => ConsentGate.MayTranscribe(Conversation, LatestRevocation);

    public bool MayDraftWithAi => ConsentGate.MayDraftWithAi(Conversation, LatestRevocation);

    /// <summary>Consent was recorded, but the client revoked it since.</summary>
    public bool ConsentRevokedSince => Conversation.Consent is { } consent && LatestRevocation is { } at && at >= consent.RecordedAt;
}
