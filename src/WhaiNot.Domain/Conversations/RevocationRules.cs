using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Conversations;

/// <summary>
/// What a revocation does. It is effective at once for every conversation of the client; unless the
/// dossier is under legal hold, every conversation that still has keys loses them (crypto-shredding:
/// audio, transcripts and unvalidated drafts are gone). A second revocation without new consent in
/// between changes nothing and is refused, so the client's history stays readable.
/// </summary>
public static class RevocationRules
{
    /// <summary>The revocation to record now.</summary>
    /// <exception cref="ConflictRefusal">Consent was already revoked and never given again since.</exception>
    public static Revocation Revoke(Dossier dossier, IReadOnlyCollection<Conversation> conversations, Revocation? previous, RevocationChannel channel, DateTimeOffset now, Guid recordedBy)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(conversations);
        if (previous is not null && !conversations.Any(c => c.Consent is { } consent && consent.RecordedAt > previous.EffectiveAt))
        {
            throw new ConflictRefusal(ConversationTexts.AlreadyRevoked(previous.EffectiveAt));
        }

        return new Revocation(Guid.NewGuid(), dossier.ClientId, dossier.Id, channel, now, recordedBy, dossier.LegalHold);
    }

    /// <summary>The conversations whose keys this revocation destroys: those that still have keys, none under legal hold.</summary>
    public static IReadOnlyList<Conversation> ToShred(Revocation revocation, IEnumerable<Conversation> conversations, Func<Guid, bool> hasKeys)
    {
        ArgumentNullException.ThrowIfNull(revocation);
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(hasKeys);
        return revocation.LegalHold ? [] : conversations.Where(c => hasKeys(c.Id)).ToList();
    }

    /// <summary>Only the team lead puts a dossier under legal hold or lifts it.</summary>
    /// <exception cref="NotAllowedRefusal">Any other role.</exception>
    public static void EnsureMaySetLegalHold(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != Role.TeamLead)
        {
            throw new NotAllowedRefusal(ConversationTexts.LegalHoldTeamLeadOnly);
        }
    }
}
