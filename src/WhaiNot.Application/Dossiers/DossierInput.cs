using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Application.Dossiers;

/// <summary>Checks a new dossier's fields and says in Dutch what is wrong.</summary>
internal static class DossierInput
{
    public const int MaxReferenceLength = 40;

    public const int MaxClientNameLength = 200;

    /// <summary>Nobody alive in a dossier was born before this.</summary>
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static string? Validate(CreateDossierRequest request, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            return "Het dossiernummer ontbreekt.";
        }

        if (string.IsNullOrWhiteSpace(request.ClientName))
        {
            return "De naam van de cliënt ontbreekt.";
        }

        if (PlainText.Problem(request.Reference, "Het dossiernummer", MaxReferenceLength) is { } reference)
        {
            return reference;
        }

        if (PlainText.Problem(request.ClientName, "De naam van de cliënt", MaxClientNameLength) is { } name)
        {
            return name;
        }

        if (request.NationalRegisterNumber is null || request.NationalRegisterNumber.Length > 20 || Digits(request.NationalRegisterNumber).Length != 11)
        {
            return "Het rijksregisternummer moet uit 11 cijfers bestaan.";
        }

        if (!NationalRegisterNumber.IsValid(Digits(request.NationalRegisterNumber)))
        {
            return "Dit rijksregisternummer klopt niet: het controlegetal (de laatste twee cijfers) past niet bij de eerste negen. Kijk het nummer na.";
        }

        if (request.BirthDate is { } birth && (birth < EarliestBirthDate || birth > today))
        {
            return $"De geboortedatum moet tussen {EarliestBirthDate:dd-MM-yyyy} en vandaag liggen.";
        }

        return null;
    }

    /// <summary>Keeps the digits only, so "85.07.30-033.28" and "85073003328" are the same number.</summary>
    public static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());
}
