namespace WhaiNot.Domain.Accounts;

/// <summary>A team of the social service; dossiers belong to exactly one team.</summary>
public sealed record Team(Guid Id, string Name);
