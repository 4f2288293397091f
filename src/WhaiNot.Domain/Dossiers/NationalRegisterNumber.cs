namespace WhaiNot.Domain.Dossiers;

/// <summary>
/// The Belgian national register number (rijksregisternummer, also the bis number): 11 digits,
/// the last two a check on the first nine. For people born from 2000 on, the check is taken over
/// "2" followed by the nine digits; a number is valid when either century's rule holds.
/// </summary>
public static class NationalRegisterNumber
{
    /// <summary>True when <paramref name="digits"/> is 11 ASCII digits with a correct check number.</summary>
    public static bool IsValid(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var body = long.Parse(digits[..9], System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(digits[9..], System.Globalization.CultureInfo.InvariantCulture);
        return check == Check(body) || check == Check(2_000_000_000 + body);
    }

    private static int Check(long body) => 97 - (int)(body % 97);
}
