namespace WhaiNot.Domain.AiLog;

/// <summary>
/// One engine draft as the AI Act's deployer log keeps it (art. 26.6): when, which engine, model
/// and model hash, which template version, which conversation, what the worker did with it, and
/// figures about it. No client data and no text: it outlives the content it describes.
/// </summary>
/// <param name="Outcome">"pending", "validated" or "discarded" (see <see cref="AiLogOutcomes"/>).</param>
/// <param name="DecidedBy">Username of who validated it, or who validated another report instead; "system" when the retention job removed it unvalidated.</param>
public sealed record AiLogEntry(
    Guid ReportId,
    Guid ConversationId,
    Guid TeamId,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string EngineName,
    string? EngineModel,
    string? EngineModelSha256,
    string TemplateId,
    string TemplateVersion,
    int EngineSentences,
    int UnsupportedAtGeneration,
    string Outcome,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null,
    double? EditRatio = null,
    string? FlagCategory = null);

/// <summary>The outcomes an engine draft can have.</summary>
public static class AiLogOutcomes
{
    public const string Pending = "pending";
    public const string Validated = "validated";
    public const string Discarded = "discarded";
}
