using LiteDB;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Parity;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>Conversations, their consent decisions and the clients' revocations.</summary>
public sealed class ConversationRepository
{
    private readonly ILiteCollection<ConversationDocument> _conversations;
    private readonly ILiteCollection<ConsentDecisionDocument> _decisions;
    private readonly ILiteCollection<RevocationDocument> _revocations;
    private readonly ConversationKeyVault _keys;

    internal ConversationRepository(LiteDatabase database, ConversationKeyVault keys)
    {
        _conversations = database.GetCollection<ConversationDocument>("conversations");
        _decisions = database.GetCollection<ConsentDecisionDocument>("consentDecisions");
        _revocations = database.GetCollection<RevocationDocument>("revocations");
        _keys = keys;
    }

    internal void EnsureIndexes()
    {
        _conversations.EnsureIndex(c => c.ClientId);
        _conversations.EnsureIndex(c => c.DossierId);
        _conversations.EnsureIndex(c => c.TeamId);
        _revocations.EnsureIndex(r => r.ClientId);
        _decisions.EnsureIndex(d => d.ConversationId);
    }

    /// <summary>A new conversation (or dictation) with no consent, and its own data key.</summary>
    public Conversation Create(Guid dossierId, Guid clientId, Guid teamId, Guid createdBy, DateTimeOffset at, ConversationKind kind = ConversationKind.Conversation)
    {
        var document = new ConversationDocument
        {
            Id = Guid.NewGuid(),
            DossierId = dossierId,
            ClientId = clientId,
            TeamId = teamId,
            CreatedAtUtc = at.UtcDateTime,
            CreatedBy = createdBy,
            Kind = kind.ToName(),
        };
        _keys.Create(document.Id).Dispose();
        _conversations.Insert(document);
        return ToConversation(document);
    }

    public Conversation? Find(Guid id) => _conversations.FindById(id) is { } doc ? ToConversation(doc) : null;

    public IReadOnlyList<Conversation> ListForClient(Guid clientId) =>
        _conversations.Find(c => c.ClientId == clientId).Select(ToConversation).ToList();

    /// <summary>Every conversation on the box (for the retention job, which looks at metadata only).</summary>
    public IReadOnlyList<Conversation> ListAll() => _conversations.FindAll().Select(ToConversation).ToList();

    /// <summary>Every consent decision recorded for a conversation, oldest first (a later one replaced an earlier one).</summary>
    public IReadOnlyList<ConsentDecision> DecisionsFor(Guid conversationId) =>
        _decisions.Find(d => d.ConversationId == conversationId).OrderBy(d => d.RecordedAtUtc)
            .Select(d => new ConsentDecision(d.ConversationId, Utc(d.RecordedAtUtc), d.Recording, d.Transcription, d.AiDrafting)).ToList();

    /// <summary>Every revocation of a client, oldest first.</summary>
    public IReadOnlyList<Revocation> RevocationsFor(Guid clientId) =>
        _revocations.Find(r => r.ClientId == clientId).OrderBy(r => r.EffectiveAtUtc).Select(ToRevocation).ToList();

    public void RecordConsent(Guid conversationId, ConsentChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var document = _conversations.FindById(conversationId) ?? throw new StoreException("Dit gesprek bestaat niet.");
        document.ConsentRecording = choice.Recording;
        document.ConsentTranscription = choice.Transcription;
        document.ConsentAiDrafting = choice.AiDrafting;
        document.ConsentRecordedAtUtc = choice.RecordedAt.UtcDateTime;
        document.ConsentRecordedBy = choice.RecordedBy;
        _conversations.Update(document);
        _decisions.Insert(new ConsentDecisionDocument
        {
            Id = Guid.NewGuid(),
            ConversationId = conversationId,
            Recording = choice.Recording,
            Transcription = choice.Transcription,
            AiDrafting = choice.AiDrafting,
            RecordedAtUtc = choice.RecordedAt.UtcDateTime,
            RecordedBy = choice.RecordedBy,
        });
    }

    /// <summary>Marks the conversation as ended; the report is due at <paramref name="deadline"/>, whichever path it takes.</summary>
    public void End(Guid conversationId, DateTimeOffset endedAt, DateTimeOffset deadline)
    {
        var document = _conversations.FindById(conversationId) ?? throw new StoreException("Dit gesprek bestaat niet.");
        document.EndedAtUtc = endedAt.UtcDateTime;
        document.ReportDeadlineUtc = deadline.UtcDateTime;
        _conversations.Update(document);
    }

    /// <summary>Records when the conversation's report was validated (set by report validation).</summary>
    public void MarkReportValidated(Guid conversationId, DateTimeOffset at)
    {
        var document = _conversations.FindById(conversationId) ?? throw new StoreException("Dit gesprek bestaat niet.");
        document.ReportValidatedAtUtc = at.UtcDateTime;
        _conversations.Update(document);
    }

    public void SaveNotes(Guid conversationId, byte[] sealedNotes)
    {
        var document = _conversations.FindById(conversationId) ?? throw new StoreException("Dit gesprek bestaat niet.");
        document.SealedNotes = sealedNotes;
        _conversations.Update(document);
    }

    public byte[]? SealedNotes(Guid conversationId) => _conversations.FindById(conversationId)?.SealedNotes;

    public IReadOnlyList<Conversation> ListForTeam(Guid teamId) =>
        _conversations.Find(c => c.TeamId == teamId).Select(ToConversation).ToList();

    public void AddRevocation(Revocation revocation)
    {
        ArgumentNullException.ThrowIfNull(revocation);
        _revocations.Insert(new RevocationDocument
        {
            Id = revocation.Id,
            ClientId = revocation.ClientId,
            DossierId = revocation.DossierId,
            Channel = revocation.Channel.ToName(),
            EffectiveAtUtc = revocation.EffectiveAt.UtcDateTime,
            RecordedBy = revocation.RecordedBy,
            LegalHold = revocation.LegalHold,
        });
    }

    public Revocation? FindRevocation(Guid id) => _revocations.FindById(id) is { } doc ? ToRevocation(doc) : null;

    public Revocation? LatestRevocation(Guid clientId) =>
        _revocations.Find(r => r.ClientId == clientId).OrderByDescending(r => r.EffectiveAtUtc).Select(ToRevocation).FirstOrDefault();

    /// <summary>Consent decisions (choices and moments only) and the number of revocations, for the DPO.</summary>
    public (IReadOnlyList<ConsentDecision> Decisions, int Revocations) ConsentCounts() =>
        (_decisions.FindAll().Select(d => new ConsentDecision(d.ConversationId, Utc(d.RecordedAtUtc), d.Recording, d.Transcription, d.AiDrafting)).ToList(), _revocations.Count());

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static Conversation ToConversation(ConversationDocument doc) => new(
        doc.Id,
        doc.DossierId,
        doc.ClientId,
        doc.TeamId,
        Utc(doc.CreatedAtUtc),
        doc.CreatedBy,
        doc.ConsentRecordedAtUtc is { } at
            ? new ConsentChoice(doc.ConsentRecording == true, doc.ConsentTranscription == true, doc.ConsentAiDrafting == true, Utc(at), doc.ConsentRecordedBy ?? Guid.Empty)
            : null,
        doc.EndedAtUtc is { } ended ? Utc(ended) : null,
        doc.ReportDeadlineUtc is { } deadline ? Utc(deadline) : null,
        doc.ReportValidatedAtUtc is { } validated ? Utc(validated) : null,
        ConversationKinds.Parse(doc.Kind) ?? ConversationKind.Conversation);

    private static Revocation ToRevocation(RevocationDocument doc) => new(
        doc.Id,
        doc.ClientId,
        doc.DossierId,
        RevocationChannels.TryParse(doc.Channel, out var channel) ? channel.Value : RevocationChannel.Formulier,
        Utc(doc.EffectiveAtUtc),
        doc.RecordedBy,
        doc.LegalHold);
}
