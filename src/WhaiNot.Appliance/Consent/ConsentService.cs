using System.Globalization;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Consent;

/// <summary>
/// Consent per conversation and revocation per client. Revocation is effective at once: running work
/// for every conversation of the client is cancelled, and (unless the dossier is under legal hold)
/// the conversations' keys are destroyed, so audio, transcripts and unvalidated drafts are gone.
/// </summary>
public sealed class ConsentService(ApplianceStore store, ConversationActivity activity, TimeProvider time, Microsoft.Extensions.Options.IOptions<Hosting.ApplianceOptions> options)
{
    public const string RevokedReason = "Toestemming ingetrokken";

    public Conversation StartConversation(UserAccount user, Guid dossierId)
    {
        var dossier = WritableDossier(user, dossierId);
        var conversation = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, user.Id, time.GetUtcNow());
        store.Audit.Append(user.Username, AuditAction.ConversationCreate, AuditTargets.Conversation(conversation.Id));
        return conversation;
    }

    public Conversation RecordConsent(UserAccount user, Guid conversationId, bool recording, bool transcription, bool aiDrafting)
    {
        WritableConversation(user, conversationId);
        if (ConsentChoice.Problem(recording, transcription, aiDrafting) is { } problem)
        {
            throw new ConsentException(problem);
        }

        if (!store.ConversationKeys.Exists(conversationId))
        {
            throw new ConsentException(StatusCodes.Status409Conflict, "Dit gesprek is afgesloten na een intrekking van de toestemming. Start een nieuw gesprek om opnieuw toestemming te vragen.");
        }

        var choice = new ConsentChoice(recording, transcription, aiDrafting, time.GetUtcNow(), user.Id);
        store.Conversations.RecordConsent(conversationId, choice);
        store.Audit.Append(user.Username, AuditAction.ConsentRecord, AuditTargets.Conversation(conversationId), $"recording={Flag(recording)} transcription={Flag(transcription)} aiDrafting={Flag(aiDrafting)}");
        return store.Conversations.Find(conversationId)!;
    }

    public RevocationOutcome Revoke(UserAccount user, Guid dossierId, RevocationChannel channel)
    {
        var dossier = WritableDossier(user, dossierId);
        var conversations = store.Conversations.ListForClient(dossier.ClientId);
        var previous = store.Conversations.LatestRevocation(dossier.ClientId);
        if (previous is not null && !conversations.Any(c => c.Consent is { } consent && consent.RecordedAt > previous.EffectiveAt))
        {
            throw new ConsentException(
                StatusCodes.Status409Conflict,
                $"De toestemming is al ingetrokken op {previous.EffectiveAt.ToString("d MMMM yyyy HH:mm", CultureInfo.GetCultureInfo("nl-BE"))}; sindsdien is er geen nieuwe toestemming gegeven. Er is niets gewijzigd.");
        }

        var revocation = new Revocation(Guid.NewGuid(), dossier.ClientId, dossier.Id, channel, time.GetUtcNow(), user.Id, dossier.LegalHold);
        store.Conversations.AddRevocation(revocation);
        var stopped = activity.StopAll(conversations.Select(c => c.Id), RevokedReason);
        var destroyed = 0;
        if (!dossier.LegalHold)
        {
            foreach (var conversation in conversations.Where(c => store.ConversationKeys.Exists(c.Id)))
            {
                store.ConversationKeys.Destroy(conversation.Id);
                destroyed++;
            }
        }

        store.Audit.Append(user.Username, AuditAction.ConsentRevoke, "client:" + dossier.ClientId.ToString("N"),
            $"channel={channel.ToName()} conversations={conversations.Count} keysDestroyed={destroyed} stopped={stopped} legalHold={Flag(dossier.LegalHold)}");
        return new RevocationOutcome(revocation, conversations.Count, destroyed, stopped, dossier.LegalHold);
    }

    public void SetLegalHold(UserAccount user, Guid dossierId, bool legalHold)
    {
        WritableDossier(user, dossierId);
        if (user.Role != Role.TeamLead)
        {
            throw new ConsentException(StatusCodes.Status403Forbidden, "Alleen de teamverantwoordelijke zet een wettelijke bewaarplicht op een dossier.");
        }

        store.Dossiers.SetLegalHold(dossierId, legalHold);
        store.Audit.Append(user.Username, AuditAction.LegalHold, "dossier:" + dossierId.ToString("N"), $"legalHold={Flag(legalHold)}");
    }

    /// <summary>Ends the conversation; the report deadline is the same whichever path the report takes.</summary>
    public Conversation EndConversation(UserAccount user, Guid conversationId)
    {
        var conversation = WritableConversation(user, conversationId);
        if (conversation.EndedAt is not null)
        {
            throw new ConsentException(StatusCodes.Status409Conflict, "Dit gesprek is al afgesloten.");
        }

        var now = time.GetUtcNow();
        store.Conversations.End(conversationId, now, now.AddDays(options.Value.ReportDeadlineDays));
        store.Audit.Append(user.Username, AuditAction.ConversationEnd, AuditTargets.Conversation(conversationId));
        return store.Conversations.Find(conversationId)!;
    }

    /// <summary>The worker's own notes, sealed with the dossier key; the basis of a report on the alternative path.</summary>
    public void SaveNotes(UserAccount user, Guid conversationId, string text)
    {
        var conversation = WritableConversation(user, conversationId);
        using var key = store.Keys.Find(DataKeyStore.DossierOwner(conversation.DossierId)) ?? throw new ConsentException(StatusCodes.Status409Conflict, "De sleutel van dit dossier ontbreekt.");
        store.Conversations.SaveNotes(conversationId, key.Seal(System.Text.Encoding.UTF8.GetBytes(text), NotesContext(conversationId)));
        store.Audit.Append(user.Username, AuditAction.NotesWrite, AuditTargets.Conversation(conversationId));
    }

    public string ReadNotes(UserAccount user, Guid conversationId)
    {
        var conversation = WritableConversation(user, conversationId);
        store.Audit.Append(user.Username, AuditAction.NotesRead, AuditTargets.Conversation(conversationId));
        var sealedNotes = store.Conversations.SealedNotes(conversationId);
        if (sealedNotes is null)
        {
            return "";
        }

        using var key = store.Keys.Find(DataKeyStore.DossierOwner(conversation.DossierId)) ?? throw new ConsentException(StatusCodes.Status409Conflict, "De sleutel van dit dossier ontbreekt.");
        return System.Text.Encoding.UTF8.GetString(key.Open(sealedNotes, NotesContext(conversationId)));
    }

    /// <summary>The latest revocation's moment for the client, for the consent gate.</summary>
    public DateTimeOffset? LatestRevocation(Guid clientId) => store.Conversations.LatestRevocation(clientId)?.EffectiveAt;

    private Dossier WritableDossier(UserAccount user, Guid dossierId)
    {
        var team = store.Dossiers.FindTeamOf(dossierId) ?? throw new ConsentException(StatusCodes.Status404NotFound, "Dit dossier bestaat niet.");
        if (user.Disabled || user.TeamId != team || !AccessPolicy.Has(user.Role, Permission.WriteDossierContent))
        {
            store.Audit.Append(user.Username, AuditAction.DossierDenied, "dossier:" + dossierId.ToString("N"), "denied");
            throw new ConsentException(StatusCodes.Status403Forbidden, ApiErrors.Forbidden);
        }

        return store.Dossiers.Find(dossierId)!;
    }

    /// <summary>The conversation when the user may write its dossier (worker of the team); else a 404/403 <see cref="ConsentException"/>, the refusal audited.</summary>
    public Conversation WritableConversation(UserAccount user, Guid conversationId)
    {
        var conversation = store.Conversations.Find(conversationId) ?? throw new ConsentException(StatusCodes.Status404NotFound, "Dit gesprek bestaat niet.");
        WritableDossier(user, conversation.DossierId);
        return conversation;
    }

    private static byte[] NotesContext(Guid conversationId) => System.Text.Encoding.UTF8.GetBytes("notes:" + conversationId.ToString("N"));

    private static string Flag(bool value) => value ? "1" : "0";
}
