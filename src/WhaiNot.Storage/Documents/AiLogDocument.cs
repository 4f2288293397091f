namespace WhaiNot.Storage.Documents;

/// <summary>One engine draft in the AI log, as stored: metadata only, no text, no client data.</summary>
internal sealed class AiLogDocument
{
    /// <summary>The report id of the draft.</summary>
    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }

    public Guid TeamId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public string EngineName { get; set; } = "";

    public string? EngineModel { get; set; }

    public string? EngineModelSha256 { get; set; }

    public string TemplateId { get; set; } = "";

    public string TemplateVersion { get; set; } = "";

    public int EngineSentences { get; set; }

    public int UnsupportedAtGeneration { get; set; }

    public string Outcome { get; set; } = "pending";

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public double? EditRatio { get; set; }

    public string? FlagCategory { get; set; }
}
