using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Conversations;

/// <summary>
/// The one access check for a dossier's content, used by every endpoint, the hub and the web app:
/// a worker or team lead of the dossier's team, not disabled. A refusal is audited (who, which
/// dossier, never content) and thrown as a typed refusal.
/// </summary>
public sealed class ConversationAccess(DossierRepository dossiers, ConversationRepository conversations, AuditLog audit)
{
    /// <exception cref="NotFoundRefusal">No such dossier.</exception>
    /// <exception cref="NotAllowedRefusal">Another team, a role without dossier rights, or a disabled account (audited).</exception>
    public Dossier WritableDossier(UserAccount user, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var team = dossiers.FindTeamOf(dossierId) ?? throw new NotFoundRefusal(AccessTexts.DossierNotFound);
        if (!AccessPolicy.CanWriteTeamContent(user, team))
        {
            audit.Append(user.Username, AuditAction.DossierDenied, "dossier:" + dossierId.ToString("N"), "denied");
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        return dossiers.Find(dossierId)!;
    }

    /// <summary>The conversation when the user may write its dossier.</summary>
    /// <exception cref="NotFoundRefusal">No such conversation.</exception>
    /// <exception cref="NotAllowedRefusal">No rights on its dossier (audited).</exception>
    public Conversation WritableConversation(UserAccount user, Guid conversationId)
    {
        var conversation = conversations.Find(conversationId) ?? throw new NotFoundRefusal(AccessTexts.ConversationNotFound);
        WritableDossier(user, conversation.DossierId);
        return conversation;
    }

    /// <summary>
    /// The conversation for a read by someone of its team. One rule for every conversation route:
    /// unknown is not found, another team's is not allowed (audited), as for dossiers.
    /// </summary>
    /// <exception cref="NotFoundRefusal">No such conversation.</exception>
    /// <exception cref="NotAllowedRefusal">Another team's conversation, or a role without dossier content (audited).</exception>
    public Conversation TeamConversation(UserAccount user, Guid conversationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var conversation = conversations.Find(conversationId) ?? throw new NotFoundRefusal(AccessTexts.ConversationNotFound);
        if (AccessPolicy.ContentTeamOf(user) != conversation.TeamId)
        {
            audit.Append(user.Username, AuditAction.DossierDenied, "dossier:" + conversation.DossierId.ToString("N"), "denied");
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        return conversation;
    }
}
