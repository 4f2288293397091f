using WhaiNot.Application.Ocmw;
using WhaiNot.Application.Settings;
using WhaiNot.Documents;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Conversations;

/// <summary>
/// Revocation per client, effective at once: running work for every conversation of the client is
/// cancelled, and (unless the dossier is under legal hold) the conversations' keys are destroyed, so
/// audio, transcripts and unvalidated drafts are gone. Also the legal hold and the letter that
/// confirms a revocation to the client. The rules are <see cref="RevocationRules"/>.
/// </summary>
public sealed class RevocationService(
    ConversationAccess access,
    ConversationRepository conversations,
    ConversationKeyVault conversationKeys,
    DossierRepository dossiers,
    AccountRepository accounts,
    ConversationActivity activity,
    AuditLog audit,
    TimeProvider time,
    ApplianceTimeZone timeZone,
    OcmwProfileService ocmw)
{
    public RevocationOutcome Revoke(UserAccount user, Guid dossierId, RevocationChannel channel)
    {
        ArgumentNullException.ThrowIfNull(user);
        var dossier = access.WritableDossier(user, dossierId);
        var affected = conversations.ListForClient(dossier.ClientId);
        var revocation = RevocationRules.Revoke(dossier, affected, conversations.LatestRevocation(dossier.ClientId), channel, time.GetUtcNow(), user.Id);
        conversations.AddRevocation(revocation);
        var stopped = activity.StopAll(affected.Select(c => c.Id), ConversationTexts.RevokedReason);
        var shredded = RevocationRules.ToShred(revocation, affected, conversationKeys.Exists);
        foreach (var conversation in shredded)
        {
            conversationKeys.Destroy(conversation.Id);
        }

        audit.Append(user.Username, AuditAction.ConsentRevoke, "client:" + dossier.ClientId.ToString("N"),
            $"channel={channel.ToName()} conversations={affected.Count} keysDestroyed={shredded.Count} stopped={stopped} legalHold={AuditFlags.Of(dossier.LegalHold)}");
        return new RevocationOutcome(revocation, affected.Count, shredded.Count, stopped, dossier.LegalHold);
    }

    public void SetLegalHold(UserAccount user, Guid dossierId, bool legalHold)
    {
        access.WritableDossier(user, dossierId);
        RevocationRules.EnsureMaySetLegalHold(user);
        dossiers.SetLegalHold(dossierId, legalHold);
        audit.Append(user.Username, AuditAction.LegalHold, "dossier:" + dossierId.ToString("N"), $"legalHold={AuditFlags.Of(legalHold)}");
    }

    /// <summary>The confirmation letter of a revocation of the user's team, audited.</summary>
    /// <exception cref="NotFoundRefusal">No such revocation in the user's team.</exception>
    public (OcmwDocument Letter, string DossierReference) Letter(UserAccount user, Guid revocationId, string format)
    {
        ArgumentNullException.ThrowIfNull(user);
        var revocation = conversations.FindRevocation(revocationId);
        var dossier = revocation is null ? null : dossiers.Find(revocation.DossierId);
        if (revocation is null || dossier is null || dossier.TeamId != user.TeamId)
        {
            throw new NotFoundRefusal(AccessTexts.RevocationNotFound);
        }

        var worker = accounts.FindUser(revocation.RecordedBy)?.DisplayName ?? user.DisplayName;
        var letter = RevocationLetter.Compose(
            RevocationLetterTexts.Load(ConfigFile.Folder),
            revocation,
            dossier,
            worker,
            ocmw.ForDocuments(),
            timeZone.Zone);
        audit.Append(user.Username, AuditAction.LetterRead, "revocation:" + revocationId.ToString("N"), format);
        return (letter, dossier.Reference);
    }
}
