namespace WhaiNot.Domain.Conversations;

/// <summary>
/// What was recorded: a conversation with the client present, or a dictation (dictaat) the worker
/// speaks alone after a contact. Both go through the same consent gate, hub, store and transcription;
/// a dictation is still about the client, so AI drafting still needs the client's consent.
/// </summary>
public enum ConversationKind
{
    Conversation,
    Dictation,
}

/// <summary>The kind names on the wire and in storage: conversation|dictation.</summary>
public static class ConversationKinds
{
    public static string ToName(this ConversationKind kind) => kind == ConversationKind.Dictation ? "dictation" : "conversation";

    /// <summary>Null or empty reads as <see cref="ConversationKind.Conversation"/> (stored before dictation existed).</summary>
    public static ConversationKind? Parse(string? name) => name switch
    {
        null or "" or "conversation" => ConversationKind.Conversation,
        "dictation" => ConversationKind.Dictation,
        _ => null,
    };
}
