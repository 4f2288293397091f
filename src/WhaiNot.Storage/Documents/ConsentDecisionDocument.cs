namespace WhaiNot.Storage.Documents;

/// <summary>Every consent decision ever recorded, for the DPO's counts and the audit trail. No reason field.</summary>
internal sealed class ConsentDecisionDocument
{
    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }

    public bool Recording { get; set; }

    public bool Transcription { get; set; }

    public bool AiDrafting { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public Guid RecordedBy { get; set; }
}
