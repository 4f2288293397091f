namespace WhaiNot.Domain.Reports;

/// <summary>
/// One version of a conversation's report (metadata only; the content is stored sealed). Version 1
/// starts as the engine's draft (or an empty one on the alternative path); revising a validated
/// version makes version n+1, so the validated text of each version stays as it was.
/// </summary>
/// <param name="EngineSentences">Sentences the engine wrote in the first draft (0 on the alternative path).</param>
/// <param name="UnsupportedAtGeneration">Of those, how many the source verifier marked unsupported.</param>
/// <param name="EditRatio">At validation: how much of the engine's draft the worker changed (0 = nothing, 1 = all).</param>
/// <param name="ContentSha256">At validation: SHA-256 of the validated content, recorded with who and when.</param>
public sealed record ReportVersion(
    Guid ReportId,
    int Version,
    Guid ConversationId,
    Guid DossierId,
    Guid TeamId,
    ReportStatus Status,
    string TemplateId,
    string TemplateVersion,
    ReportEngine Engine,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int EngineSentences,
    int UnsupportedAtGeneration,
    DateTimeOffset? ValidatedAt = null,
    string? ValidatedBy = null,
    string? ContentSha256 = null,
    double? EditRatio = null)
{
    public bool IsValidated => Status == ReportStatus.Validated;
}
