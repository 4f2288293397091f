namespace WhaiNot.Domain.Drafts;

/// <summary>Which template (id and version) a draft follows.</summary>
public sealed record TemplateReference(string Id, string Version);
