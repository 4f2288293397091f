using System.Security.Cryptography;

namespace WhaiNot.Security.Passwords;

/// <summary>
/// Generates random passwords meant to be read aloud, written down or typed over by IT staff.
/// </summary>
public static class PasswordGenerator
{
    /// <summary>The shortest password <see cref="Generate"/> will make.</summary>
    public const int MinimumLength = 12;

    // No 0/O, 1/l/I: they get mistyped when a password is read off a screen or paper.
    // Letters and digits only: symbols sit in different places on AZERTY and QWERTY keyboards
    // and are the usual cause of "the password does not work" calls.
    internal const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>Returns a cryptographically random password of <paramref name="length"/> characters.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below <see cref="MinimumLength"/>.</exception>
    public static string Generate(int length = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, MinimumLength);
        return RandomNumberGenerator.GetString(Alphabet, length);
    }
}
