using WhaiNot.Domain.Terms;

namespace WhaiNot.Application.Day;

/// <summary>A dossier's procedure dates and the legal terms computed from them.</summary>
public sealed record DossierProcedure(ProcedureDates Dates, IReadOnlyList<LegalTerm> Terms);
