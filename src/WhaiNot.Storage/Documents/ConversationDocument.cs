namespace WhaiNot.Storage.Documents;

/// <summary>A conversation as stored. The consent fields hold only choices, moment and worker: there is no field for a reason.</summary>
internal sealed class ConversationDocument
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public Guid ClientId { get; set; }

    public Guid TeamId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid CreatedBy { get; set; }

    /// <summary>conversation|dictation; null for conversations stored before dictation existed.</summary>
    public string? Kind { get; set; }

    public bool? ConsentRecording { get; set; }

    public bool? ConsentTranscription { get; set; }

    public bool? ConsentAiDrafting { get; set; }

    public DateTime? ConsentRecordedAtUtc { get; set; }

    public Guid? ConsentRecordedBy { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public DateTime? ReportDeadlineUtc { get; set; }

    public DateTime? ReportValidatedAtUtc { get; set; }

    /// <summary>The worker's own notes (alternative path and AI path alike), sealed with the dossier key.</summary>
    public byte[]? SealedNotes { get; set; }
}
