using System.Security.Cryptography;

namespace WhaiNot.Security.Keys;

/// <summary>
/// A symmetric key for one dossier or one conversation. Data sealed with it is gone for good once
/// the wrapped copy of the key is destroyed (crypto-shredding).
/// </summary>
public sealed class DataKey : IDisposable
{
    public const int Length = 32;
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly byte[] _key;

    public DataKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != Length)
        {
            throw new ArgumentException($"A data key has {Length} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    public static DataKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>AES-256-GCM; output is nonce ‖ ciphertext ‖ tag. <paramref name="context"/> binds it to its owner.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> context)
    {
        var output = new byte[NonceLength + plaintext.Length + TagLength];
        var nonce = output.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagLength);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceLength, plaintext.Length), output.AsSpan(NonceLength + plaintext.Length), context);
        return output;
    }

    /// <exception cref="CryptographicException">Wrong key, wrong context or tampered data.</exception>
    public byte[] Open(ReadOnlySpan<byte> sealedData, ReadOnlySpan<byte> context)
    {
        if (sealedData.Length < NonceLength + TagLength)
        {
            throw new CryptographicException("Sealed data is too short.");
        }

        var plaintextLength = sealedData.Length - NonceLength - TagLength;
        var plaintext = new byte[plaintextLength];
        using var aes = new AesGcm(_key, TagLength);
        aes.Decrypt(sealedData[..NonceLength], sealedData.Slice(NonceLength, plaintextLength), sealedData[^TagLength..], plaintext, context);
        return plaintext;
    }

    internal ReadOnlySpan<byte> Bytes => _key;

    public void Dispose() => CryptographicOperations.ZeroMemory(_key);
}
