using WhaiNot.Domain.Terms;

namespace WhaiNot.Application.Day;

/// <summary>A legal term of a dossier that ends soon or has passed, with the days left (negative once passed).</summary>
public sealed record DossierTerm(Guid DossierId, string DossierReference, LegalTerm Term, int DaysLeft);
