namespace WhaiNot.Application.Dossiers;

/// <summary>Checks a new dossier's fields and says in Dutch what is wrong.</summary>
internal static class DossierInput
{
    public static string? Validate(CreateDossierRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            return "Het dossiernummer ontbreekt.";
        }

        if (string.IsNullOrWhiteSpace(request.ClientName))
        {
            return "De naam van de cliënt ontbreekt.";
        }

        if (request.NationalRegisterNumber is null || Digits(request.NationalRegisterNumber).Length != 11)
        {
            return "Het rijksregisternummer moet uit 11 cijfers bestaan.";
        }

        return null;
    }

    /// <summary>Keeps the digits only, so "85.07.30-033.28" and "85073003328" are the same number.</summary>
    public static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());
}
