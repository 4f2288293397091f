namespace WhaiNot.Domain.Dossiers;

/// <summary>
/// How a screen shows a rijksregisternummer until someone asks to see it: only the birth-date part
/// (which the screen shows anyway), the serial number and check digits hidden. Asking is audited.
/// </summary>
public static class NationalNumberMask
{
    public const char Hidden = '•';

    public static string Masked(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return digits.Length == 11 && digits.All(char.IsAsciiDigit)
            ? $"{digits[..2]}.{digits[2..4]}.{digits[4..6]}-{Hidden}{Hidden}{Hidden}.{Hidden}{Hidden}"
            : new string(Hidden, Math.Max(digits.Length, 4));
    }

    /// <summary>The full number in its usual reading form (YY.MM.DD-XXX.CC).</summary>
    public static string Formatted(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return digits.Length == 11 ? $"{digits[..2]}.{digits[2..4]}.{digits[4..6]}-{digits[6..9]}.{digits[9..]}" : digits;
    }
}
