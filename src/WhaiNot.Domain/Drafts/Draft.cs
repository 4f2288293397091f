namespace WhaiNot.Domain.Drafts;

/// <summary>A draft report as in the contract: every template section, in template order.</summary>
public sealed record Draft(TemplateReference Template, string TranscriptId, EngineInfo Engine, IReadOnlyList<DraftSection> Sections);
