using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

namespace WhaiNot.Security.Passwords;

/// <summary>
/// Argon2id (version 0x13) password hashing, stored as standard PHC strings so that hashes
/// stay readable by other tools and keep verifying after <see cref="Argon2Settings"/> change.
/// </summary>
public sealed class Argon2idPasswordHasher : IPasswordHasher
{
    /// <summary>Upper bound for the memory cost, also applied to stored hashes (1 GiB).</summary>
    public const int MaxMemoryKiB = 1024 * 1024;

    /// <summary>Upper bound for the number of passes, also applied to stored hashes.</summary>
    public const int MaxIterations = 10;

    /// <summary>Upper bound for the number of lanes, also applied to stored hashes.</summary>
    public const int MaxParallelism = 16;

    private const int SaltLength = 16;
    private const int HashLength = 32;

    // Stored hashes outside these bounds are not something this appliance ever wrote.
    private const int MinStoredSaltLength = 8;
    private const int MaxStoredSaltLength = 64;
    private const int MinStoredHashLength = 16;
    private const int MaxStoredHashLength = 64;

    private readonly Argon2Settings _settings;

    /// <summary>Creates a hasher that makes new hashes with <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The settings are outside the accepted bounds.</exception>
    public Argon2idPasswordHasher(Argon2Settings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Parallelism, 1, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.Parallelism, MaxParallelism, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Iterations, 1, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.Iterations, MaxIterations, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MemoryKiB, 8 * settings.Parallelism, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.MemoryKiB, MaxMemoryKiB, nameof(settings));
        _settings = settings;
    }

    /// <inheritdoc />
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var hash = Derive(password, salt, _settings.MemoryKiB, _settings.Iterations, _settings.Parallelism, HashLength);
        return new PhcArgon2idHash(_settings.MemoryKiB, _settings.Iterations, _settings.Parallelism, salt, hash).Encode();
    }

    /// <inheritdoc />
    public bool Verify(string password, string encodedHash)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!PhcArgon2idHash.TryParse(encodedHash, out var stored) || !IsAcceptable(stored))
        {
            return false;
        }

        byte[] actual;
        try
        {
            actual = Derive(password, stored.Salt, stored.MemoryKiB, stored.Iterations, stored.Parallelism, stored.Hash.Length);
        }
        catch (ArgumentException)
        {
            // The bounds above should make this unreachable; a login must still answer "no", not crash.
            return false;
        }

        var matches = CryptographicOperations.FixedTimeEquals(actual, stored.Hash);
        CryptographicOperations.ZeroMemory(actual);
        return matches;
    }

    /// <summary>
    /// Does the work of a <see cref="Verify"/> against a hash made with the current settings,
    /// and discards the result. Call it for unknown user names so that the response time
    /// does not tell which user names exist.
    /// </summary>
    public void VerifyDummy(string password)
    {
        ArgumentNullException.ThrowIfNull(password);

        // A fresh random salt instead of a cached dummy hash: computing such a hash lazily would
        // make the first unknown-user login measurably slower, and a fixed one buys nothing.
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var expected = new byte[HashLength];
        var actual = Derive(password, salt, _settings.MemoryKiB, _settings.Iterations, _settings.Parallelism, HashLength);
        _ = CryptographicOperations.FixedTimeEquals(actual, expected);
        CryptographicOperations.ZeroMemory(actual);
    }

    private static bool IsAcceptable(PhcArgon2idHash stored) =>
        stored.Parallelism is >= 1 and <= MaxParallelism
        && stored.Iterations is >= 1 and <= MaxIterations
        && stored.MemoryKiB >= 8 * stored.Parallelism
        && stored.MemoryKiB <= MaxMemoryKiB
        && stored.Salt.Length is >= MinStoredSaltLength and <= MaxStoredSaltLength
        && stored.Hash.Length is >= MinStoredHashLength and <= MaxStoredHashLength;

    private static byte[] Derive(string password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length)
    {
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.Argon2id)
            .WithVersion(Argon2Parameters.Version13)
            .WithSalt(salt)
            .WithMemoryAsKB(memoryKiB)
            .WithIterations(iterations)
            .WithParallelism(parallelism)
            .Build();

        var generator = new Argon2BytesGenerator();
        generator.Init(parameters);

        var passwordBytes = Encoding.UTF8.GetBytes(Normalize(password));
        try
        {
            var output = new byte[length];
            generator.GenerateBytes(passwordBytes, output);
            return output;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }
    }

    private static string Normalize(string password)
    {
        // "é" typed on one keyboard or OS can arrive precomposed, on another as "e" + accent;
        // NFC makes both hash the same (as RFC 8265 recommends for passwords).
        try
        {
            return password.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; hash them as they are rather than refuse a login.
            return password;
        }
    }
}
