using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace WhaiNot.Security.Passwords;

/// <summary>
/// The parts of an Argon2id hash in the PHC string format:
/// <c>$argon2id$v=19$m=…,t=…,p=…$&lt;salt&gt;$&lt;hash&gt;</c>, base64 without padding.
/// </summary>
internal sealed class PhcArgon2idHash
{
    // Anything longer cannot come from parameters we accept; refusing early keeps parsing cheap
    // when someone feeds a huge string into the login path.
    private const int MaxEncodedLength = 512;
    private const string Prefix = "argon2id";
    private const string VersionField = "v=19";

    public PhcArgon2idHash(int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] hash)
    {
        MemoryKiB = memoryKiB;
        Iterations = iterations;
        Parallelism = parallelism;
        Salt = salt;
        Hash = hash;
    }

    public int MemoryKiB { get; }

    public int Iterations { get; }

    public int Parallelism { get; }

    public byte[] Salt { get; }

    public byte[] Hash { get; }

    public string Encode() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"${Prefix}${VersionField}$m={MemoryKiB},t={Iterations},p={Parallelism}${ToBase64NoPadding(Salt)}${ToBase64NoPadding(Hash)}");

    /// <summary>
    /// Parses the syntax only; the caller decides whether the numbers are acceptable.
    /// </summary>
    public static bool TryParse(string? encoded, [NotNullWhen(true)] out PhcArgon2idHash? result)
    {
        result = null;
        if (string.IsNullOrEmpty(encoded) || encoded.Length > MaxEncodedLength)
        {
            return false;
        }

        var parts = encoded.Split('$');
        if (parts.Length != 6 || parts[0].Length != 0 || parts[1] != Prefix || parts[2] != VersionField)
        {
            return false;
        }

        // The PHC format fixes the order m, t, p; accepting other orders would let two different
        // strings mean the same hash, which only helps someone probing the parser.
        var costs = parts[3].Split(',');
        if (costs.Length != 3
            || !TryParseField(costs[0], "m=", out var memory)
            || !TryParseField(costs[1], "t=", out var iterations)
            || !TryParseField(costs[2], "p=", out var parallelism))
        {
            return false;
        }

        if (!TryFromBase64NoPadding(parts[4], out var salt) || !TryFromBase64NoPadding(parts[5], out var hash))
        {
            return false;
        }

        result = new PhcArgon2idHash(memory, iterations, parallelism, salt, hash);
        return true;
    }

    private static bool TryParseField(string field, string name, out int value)
    {
        value = 0;
        if (!field.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = field.AsSpan(name.Length);
        if (digits.IsEmpty || digits.Length > 10 || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string ToBase64NoPadding(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static bool TryFromBase64NoPadding(string text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;

        // Convert.TryFromBase64String skips whitespace and accepts padding; the PHC format has
        // neither, so check the alphabet ourselves before handing it over.
        if (text.Length == 0 || text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '/')
            {
                return false;
            }
        }

        var padded = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        var buffer = new byte[padded.Length / 4 * 3];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return false;
        }

        bytes = buffer.AsSpan(0, written).ToArray();
        return true;
    }
}
