namespace WhaiNot.Storage.Documents;

/// <summary>
/// One report version as stored. A draft's content is sealed with the conversation key (it goes
/// with the transcript after a revocation); a validated version is re-sealed with the dossier key
/// (it is the official file and stays). The engine's first draft is kept, sealed with the
/// conversation key, only to compute the edit ratio at validation.
/// </summary>
internal sealed class ReportDocument
{
    /// <summary>"report(N):version".</summary>
    public string Id { get; set; } = "";

    public Guid ReportId { get; set; }

    public int Version { get; set; }

    public Guid ConversationId { get; set; }

    public Guid DossierId { get; set; }

    public Guid TeamId { get; set; }

    public string Status { get; set; } = "draft";

    public string TemplateId { get; set; } = "";

    public string TemplateVersion { get; set; } = "";

    public string EngineName { get; set; } = "";

    public string? EngineModel { get; set; }

    public string? EngineModelSha256 { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public int EngineSentences { get; set; }

    public int UnsupportedAtGeneration { get; set; }

    public DateTime? ValidatedAtUtc { get; set; }

    public string? ValidatedBy { get; set; }

    public string? ContentSha256 { get; set; }

    public double? EditRatio { get; set; }

    /// <summary>"conversation" or "dossier": which key seals <see cref="SealedContent"/>.</summary>
    public string SealedWith { get; set; } = "conversation";

    public byte[] SealedContent { get; set; } = [];

    public byte[]? SealedEngineDraft { get; set; }
}
