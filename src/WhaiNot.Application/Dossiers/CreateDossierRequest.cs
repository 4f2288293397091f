namespace WhaiNot.Application.Dossiers;

/// <summary>A new dossier as the worker enters it (the body of POST /api/dossiers, and the web app's form).</summary>
public sealed record CreateDossierRequest(string? Reference, string? ClientName, string? NationalRegisterNumber, DateOnly? BirthDate);
