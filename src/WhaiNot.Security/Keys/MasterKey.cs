using System.Security.Cryptography;
using System.Text;

namespace WhaiNot.Security.Keys;

/// <summary>
/// The appliance master key. Nothing is encrypted with it directly: each purpose gets its own
/// subkey through HKDF, so a key used for one thing (say, tokens) can never decrypt another.
/// </summary>
public sealed class MasterKey : IDisposable
{
    public const int Length = 32;

    private readonly byte[] _key;

    public MasterKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != Length)
        {
            throw new ArgumentException($"A master key has {Length} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    public static MasterKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>A 32-byte subkey bound to <paramref name="purpose"/>.</summary>
    public byte[] DeriveKey(string purpose)
    {
        ObjectDisposedException.ThrowIf(_key.Length == 0 || IsZeroed(), this);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, Length, salt: [], info: Encoding.UTF8.GetBytes("whainot:" + purpose));
    }

    /// <summary>A subkey as text, for libraries that only take a password (LiteDB, PEM keys).</summary>
    public string DerivePassword(string purpose) => Convert.ToHexString(DeriveKey(purpose));

    internal ReadOnlySpan<byte> Bytes => _key;

    public void Dispose() => CryptographicOperations.ZeroMemory(_key);

    private bool IsZeroed()
    {
        foreach (var b in _key)
        {
            if (b != 0)
            {
                return false;
            }
        }

        return true;
    }
}
