namespace WhaiNot.Domain.Drafts;

/// <summary>The engine that wrote a draft; model fields are null for engines without a model.</summary>
public sealed record EngineInfo(string Name, string? Model, string? ModelSha256);
