namespace WhaiNot.Domain.Dossiers;

/// <summary>A client's social dossier, owned by one team.</summary>
/// <param name="Reference">The OCMW's own dossier number; not personal data.</param>
/// <param name="LegalHold">The law requires keeping this dossier's data: a revocation stops processing but destroys nothing.</param>
public sealed record Dossier(Guid Id, Guid ClientId, Guid TeamId, string Reference, DateTimeOffset OpenedAt, ClientProfile Client, bool LegalHold = false);
