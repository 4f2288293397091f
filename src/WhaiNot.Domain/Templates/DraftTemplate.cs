namespace WhaiNot.Domain.Templates;

/// <summary>
/// A versioned report template with its change metadata (date, owner, reason), as the functional
/// administrator keeps it. Sections are in the order the report shows them.
/// </summary>
public sealed record DraftTemplate(
    string Id,
    string Version,
    string Title,
    DateOnly Date,
    string Owner,
    string Reason,
    IReadOnlyList<TemplateSection> Sections)
{
    public TemplateSection? Section(string id) => Sections.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}
