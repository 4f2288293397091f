using Microsoft.Extensions.Options;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Refusals;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Conversations;

/// <summary>
/// A conversation from start to end: started in a dossier, the client's consent recorded, ended
/// with its report deadline. The rules live on <see cref="Conversation"/>; this service loads,
/// asks them, stores and audits.
/// </summary>
public sealed class ConversationService(
    ConversationAccess access,
    ConversationRepository conversations,
    ConversationKeyVault conversationKeys,
    AuditLog audit,
    TimeProvider time,
    IOptions<ApplianceOptions> options,
    ConversationChanges? changes = null)
{
    /// <summary>Starts a conversation with the client, or a dictation about the dossier (<paramref name="kind"/>); either starts without consent.</summary>
    public ConversationView Start(UserAccount user, Guid dossierId, ConversationKind kind = ConversationKind.Conversation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var dossier = access.WritableDossier(user, dossierId);
        var conversation = conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, user.Id, time.GetUtcNow(), kind);
        audit.Append(user.Username, AuditAction.ConversationCreate, AuditTargets.Conversation(conversation.Id));
        return View(conversation);
    }

    /// <exception cref="NotFoundRefusal">No such conversation in the user's team.</exception>
    public ConversationView Find(UserAccount user, Guid conversationId) => View(access.TeamConversation(user, conversationId));

    public ConversationView RecordConsent(UserAccount user, Guid conversationId, bool recording, bool transcription, bool aiDrafting)
    {
        ArgumentNullException.ThrowIfNull(user);
        var conversation = access.WritableConversation(user, conversationId);
        var choice = new ConsentChoice(recording, transcription, aiDrafting, time.GetUtcNow(), user.Id);
        var recorded = conversation.WithConsent(choice, keysDestroyed: !conversationKeys.Exists(conversationId));
        conversations.RecordConsent(conversationId, recorded.Consent!);
        audit.Append(user.Username, AuditAction.ConsentRecord, AuditTargets.Conversation(conversationId), $"recording={AuditFlags.Of(recording)} transcription={AuditFlags.Of(transcription)} aiDrafting={AuditFlags.Of(aiDrafting)}");
        changes?.Raise(conversationId);
        return View(conversations.Find(conversationId)!);
    }

    public ConversationView End(UserAccount user, Guid conversationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var ended = access.WritableConversation(user, conversationId).Ended(time.GetUtcNow(), options.Value.ReportDeadlineDays);
        conversations.End(conversationId, ended.EndedAt!.Value, ended.ReportDeadline!.Value);
        audit.Append(user.Username, AuditAction.ConversationEnd, AuditTargets.Conversation(conversationId));
        changes?.Raise(conversationId);
        return View(conversations.Find(conversationId)!);
    }

    /// <summary>The conversations of a dossier, newest first, each as the consent gate sees it now.</summary>
    /// <exception cref="NotFoundRefusal">No such dossier.</exception>
    /// <exception cref="NotAllowedRefusal">No rights on the dossier (audited).</exception>
    public IReadOnlyList<ConversationView> ForDossier(UserAccount user, Guid dossierId)
    {
        var dossier = access.WritableDossier(user, dossierId);
        var latestRevocation = conversations.LatestRevocation(dossier.ClientId)?.EffectiveAt;
        var list = conversations.ListForClient(dossier.ClientId)
            .Where(c => c.DossierId == dossier.Id)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new ConversationView(c, latestRevocation))
            .ToList();
        audit.Append(user.Username, AuditAction.ConversationList, "dossier:" + dossier.Id.ToString("N"), $"{list.Count} conversations");
        return list;
    }

    /// <summary>The conversation as the consent gate sees it now (for the hub and the transcriber).</summary>
    public ConversationView View(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return new ConversationView(conversation, conversations.LatestRevocation(conversation.ClientId)?.EffectiveAt);
    }
}
