namespace WhaiNot.Domain.Conversations;

/// <summary>Whether a conversation's report is drafted with AI or written by the worker alone (the alternative path).</summary>
public enum ConversationPath
{
    Alternative,
    Ai,
}
