using System.Text;

namespace WhaiNot.Security.Keys;

/// <summary>
/// Wraps data keys with a key-encryption key (AES-GCM), binding each wrapped key to its owner id so
/// a wrapped key copied onto another dossier won't unwrap.
/// </summary>
public sealed class KeyWrapper : IDisposable
{
    private readonly DataKey _keyEncryptionKey;

    public KeyWrapper(DataKey keyEncryptionKey) => _keyEncryptionKey = keyEncryptionKey;

    public static KeyWrapper FromMasterKey(MasterKey masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        return new KeyWrapper(new DataKey(masterKey.DeriveKey(KeyPurpose.DataKeyWrapping)));
    }

    public byte[] Wrap(DataKey key, string ownerId)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _keyEncryptionKey.Seal(key.Bytes, Context(ownerId));
    }

    public DataKey Unwrap(ReadOnlySpan<byte> wrapped, string ownerId) =>
        new(_keyEncryptionKey.Open(wrapped, Context(ownerId)));

    public void Dispose() => _keyEncryptionKey.Dispose();

    private static byte[] Context(string ownerId) => Encoding.UTF8.GetBytes("wrap:" + ownerId);
}
