using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Conversations;

/// <summary>Listening back to a stretch of a conversation's stored audio (to check a transcript line), audited.</summary>
public sealed class ConversationAudio(ConversationAccess access, AudioChunkStore audio, AuditLog audit)
{
    public const string Destroyed = "De audio van dit gesprek is vernietigd na de intrekking van de toestemming.";

    /// <summary>PCM16 mono 16 kHz from <paramref name="from"/> to <paramref name="to"/> seconds (to the end when null).</summary>
    /// <exception cref="InvalidRequestRefusal">A negative or reversed range.</exception>
    /// <exception cref="GoneRefusal">The audio was destroyed after a revocation.</exception>
    public byte[] Read(UserAccount user, Guid conversationId, double? from, double? to)
    {
        ArgumentNullException.ThrowIfNull(user);
        access.TeamConversation(user, conversationId);
        if ((from is { } a && !double.IsFinite(a)) || (to is { } b && !double.IsFinite(b)) || from is < 0 || to is < 0 || (from is { } f && to is { } t && t < f))
        {
            throw new InvalidRequestRefusal("from en to zijn seconden vanaf het begin, met to niet vóór from.");
        }

        try
        {
            var pcm = audio.ReadRange(conversationId, from ?? 0, to);
            audit.Append(user.Username, AuditAction.AudioRead, AuditTargets.Conversation(conversationId));
            return pcm;
        }
        catch (ContentDestroyedException)
        {
            throw new GoneRefusal(Destroyed);
        }
    }
}
