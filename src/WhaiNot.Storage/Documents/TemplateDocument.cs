namespace WhaiNot.Storage.Documents;

/// <summary>One version of a report template with its history fields. Templates hold no client data.</summary>
internal sealed class TemplateDocument
{
    /// <summary>"templateId:version".</summary>
    public string Id { get; set; } = "";

    public string TemplateId { get; set; } = "";

    public string Version { get; set; } = "";

    public string Definition { get; set; } = "";

    public DateTime AddedAtUtc { get; set; }

    public string AddedBy { get; set; } = "";
}
