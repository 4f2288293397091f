namespace WhaiNot.Cli.Streaming;

/// <summary>One line of GET /api/dossiers.</summary>
internal sealed record DossierSummary(Guid Id, string? Reference, string? ClientName);
