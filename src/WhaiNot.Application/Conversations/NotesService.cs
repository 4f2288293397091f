using System.Text;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Conversations;

/// <summary>The worker's own notes of a conversation, sealed with the dossier key; the basis of a report on the alternative path.</summary>
public sealed class NotesService(ConversationAccess access, ConversationRepository conversations, DataKeyStore keys, AuditLog audit)
{
    public void Save(UserAccount user, Guid conversationId, string text)
    {
        ArgumentNullException.ThrowIfNull(user);
        var conversation = access.WritableConversation(user, conversationId);
        using var key = keys.Find(DataKeyStore.DossierOwner(conversation.DossierId)) ?? throw new ConflictRefusal(AccessTexts.DossierKeyMissing);
        conversations.SaveNotes(conversationId, key.Seal(Encoding.UTF8.GetBytes(text), Context(conversationId)));
        audit.Append(user.Username, AuditAction.NotesWrite, AuditTargets.Conversation(conversationId));
    }

    public string Read(UserAccount user, Guid conversationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var conversation = access.WritableConversation(user, conversationId);
        audit.Append(user.Username, AuditAction.NotesRead, AuditTargets.Conversation(conversationId));
        if (conversations.SealedNotes(conversationId) is not { } sealedNotes)
        {
            return "";
        }

        using var key = keys.Find(DataKeyStore.DossierOwner(conversation.DossierId)) ?? throw new ConflictRefusal(AccessTexts.DossierKeyMissing);
        return Encoding.UTF8.GetString(key.Open(sealedNotes, Context(conversationId)));
    }

    /// <summary>The notes of a conversation without access check or audit, for the client's export (which checks and audits once itself).</summary>
    internal string Open(Guid dossierId, Guid conversationId)
    {
        if (conversations.SealedNotes(conversationId) is not { } sealedNotes)
        {
            return "";
        }

        using var key = keys.Find(DataKeyStore.DossierOwner(dossierId)) ?? throw new ConflictRefusal(AccessTexts.DossierKeyMissing);
        return Encoding.UTF8.GetString(key.Open(sealedNotes, Context(conversationId)));
    }

    private static byte[] Context(Guid conversationId) => Encoding.UTF8.GetBytes("notes:" + conversationId.ToString("N"));
}
