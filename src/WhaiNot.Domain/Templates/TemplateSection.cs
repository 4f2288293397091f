namespace WhaiNot.Domain.Templates;

/// <summary>One section of a template. A humanOnly section is never filled by an engine.</summary>
public sealed record TemplateSection(string Id, string Heading, bool Required, bool HumanOnly, string Description, SectionCues Cues);
