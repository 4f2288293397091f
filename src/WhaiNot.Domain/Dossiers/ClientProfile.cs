namespace WhaiNot.Domain.Dossiers;

/// <summary>
/// Who the client is. Personal data: stored only encrypted under the dossier's own key.
/// </summary>
/// <param name="NationalRegisterNumber">Rijksregisternummer (INSZ), 11 digits, as given.</param>
public sealed record ClientProfile(string FullName, string NationalRegisterNumber, DateOnly? BirthDate);
