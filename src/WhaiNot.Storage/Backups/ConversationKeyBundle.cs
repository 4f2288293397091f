using System.Buffers.Binary;
using WhaiNot.Security.Keys;

namespace WhaiNot.Storage.Backups;

/// <summary>
/// The conversation keys of one backup in one file, sealed under that backup's own key. The keys in
/// it are still wrapped by the master key too, so the file alone opens nothing.
/// </summary>
internal static class ConversationKeyBundle
{
    private const byte FormatVersion = 1;

    public static byte[] Seal(IReadOnlyList<(Guid ConversationId, byte[] Wrapped)> keys, DataKey backupKey, string snapshot)
    {
        using var plain = new MemoryStream();
        plain.WriteByte(FormatVersion);
        WriteInt(plain, keys.Count);
        foreach (var (id, wrapped) in keys)
        {
            plain.Write(id.ToByteArray());
            WriteInt(plain, wrapped.Length);
            plain.Write(wrapped);
        }

        return backupKey.Seal(plain.ToArray(), Context(snapshot));
    }

    /// <exception cref="StoreException">The file is damaged or belongs to another backup.</exception>
    public static IReadOnlyList<(Guid ConversationId, byte[] Wrapped)> Open(byte[] sealedBundle, DataKey backupKey, string snapshot)
    {
        byte[] plain;
        try
        {
            plain = backupKey.Open(sealedBundle, Context(snapshot));
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new StoreException($"De gesprekssleutels van back-up '{snapshot}' zijn beschadigd of horen bij een andere back-up.", ex);
        }

        var span = plain.AsSpan();
        if (span.Length < 5 || span[0] != FormatVersion)
        {
            throw new StoreException($"De gesprekssleutels van back-up '{snapshot}' hebben een onbekende vorm.");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(span[1..]);
        var offset = 5;
        var keys = new List<(Guid, byte[])>(count);
        for (var i = 0; i < count; i++)
        {
            var id = new Guid(span.Slice(offset, 16));
            var length = BinaryPrimitives.ReadInt32LittleEndian(span[(offset + 16)..]);
            keys.Add((id, span.Slice(offset + 20, length).ToArray()));
            offset += 20 + length;
        }

        return keys;
    }

    private static byte[] Context(string snapshot) => System.Text.Encoding.UTF8.GetBytes("backup-keys:" + snapshot);

    private static void WriteInt(Stream stream, int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        stream.Write(buffer);
    }
}
