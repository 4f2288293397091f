using System.Buffers.Binary;
using WhaiNot.Security.Keys;

namespace WhaiNot.Storage;

/// <summary>
/// Audio of a conversation as encrypted chunks on disk (audio/&lt;conversation&gt;/&lt;seq&gt;.chunk), each
/// sealed with the conversation key and bound to its conversation and sequence number, and flushed
/// to disk before the call returns, so an acknowledged chunk survives a crash.
/// </summary>
public sealed class AudioChunkStore
{
    private const string DestroyedForWriting = "De sleutel van dit gesprek is vernietigd; er kan geen audio meer bij.";

    private readonly string _root;
    private readonly ConversationKeyVault _keys;

    internal AudioChunkStore(string root, ConversationKeyVault keys)
    {
        _root = root;
        _keys = keys;
    }

    public void Append(Guid conversationId, long sequence, ReadOnlySpan<byte> pcm)
    {
        using var key = _keys.Find(conversationId)
            ?? throw new ContentDestroyedException(DestroyedForWriting);
        Write(key, conversationId, sequence, pcm);
    }

    /// <summary>
    /// A writer for one upload: the conversation key is unwrapped once, not for every chunk (at one
    /// chunk a second per stream, unwrapping was most of the store's own cost). Each append still
    /// checks that the key file exists, so a revocation mid-upload refuses the next chunk.
    /// </summary>
    /// <exception cref="ContentDestroyedException">The key was destroyed.</exception>
    public ChunkWriter OpenWriter(Guid conversationId)
    {
        var key = _keys.Find(conversationId) ?? throw new ContentDestroyedException(DestroyedForWriting);
        return new ChunkWriter(this, conversationId, key);
    }

    internal void Write(DataKey key, Guid conversationId, long sequence, ReadOnlySpan<byte> pcm)
    {
        if (!_keys.Exists(conversationId))
        {
            throw new ContentDestroyedException(DestroyedForWriting);
        }

        var folder = FolderOf(conversationId);
        Directory.CreateDirectory(folder);
        var sealedChunk = key.Seal(pcm, Context(conversationId, sequence));
        var path = PathOf(conversationId, sequence);

        // Written beside and renamed into place: a crash mid-write leaves a .tmp the store never
        // lists, so a torn chunk can't pass for a stored one and the client's resend fills it.
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            stream.Write(sealedChunk);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Removes the half-written chunks a crash left behind (never acknowledged, never listed): they
    /// would only take disk space, and after a revocation hold sealed audio nobody can delete by key.
    /// Runs at start-up, while the store holds the folder lock, so no write is in flight.
    /// </summary>
    /// <returns>How many were removed.</returns>
    internal int RemoveTornWrites()
    {
        if (!Directory.Exists(_root))
        {
            return 0;
        }

        var torn = Directory.EnumerateFiles(_root, "*.chunk.tmp", SearchOption.AllDirectories).ToList();
        foreach (var file in torn)
        {
            File.Delete(file);
        }

        return torn.Count;
    }

    /// <exception cref="ContentDestroyedException">The key was destroyed after a revocation.</exception>
    public byte[] Read(Guid conversationId, long sequence)
    {
        using var key = FindForReading(conversationId);
        return Open(key, conversationId, sequence);
    }

    /// <summary>
    /// The stored chunks from <paramref name="fromSequence"/> on, in order, up to the first gap or
    /// <paramref name="max"/> chunks, with the key unwrapped once for the batch.
    /// </summary>
    /// <exception cref="ContentDestroyedException">The key was destroyed after a revocation.</exception>
    public IReadOnlyList<byte[]> ReadFrom(Guid conversationId, long fromSequence, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (!Has(conversationId, fromSequence))
        {
            return [];
        }

        using var key = FindForReading(conversationId);
        var chunks = new List<byte[]>();
        for (var sequence = fromSequence; chunks.Count < max && Has(conversationId, sequence); sequence++)
        {
            chunks.Add(Open(key, conversationId, sequence));
        }

        return chunks;
    }

    /// <summary>
    /// The acknowledged audio between two moments (seconds), as raw 16 kHz mono PCM16: the stored
    /// chunks in order, cut at sample boundaries.
    /// </summary>
    /// <exception cref="ContentDestroyedException">The key was destroyed after a revocation.</exception>
    public byte[] ReadRange(Guid conversationId, double fromSeconds, double? toSeconds)
    {
        const int BytesPerSecond = 32000;
        using var all = new MemoryStream();
        using (var key = FindForReading(conversationId))
        {
            foreach (var sequence in Sequences(conversationId))
            {
                all.Write(Open(key, conversationId, sequence));
            }
        }

        var start = Math.Clamp((long)(fromSeconds * BytesPerSecond) & ~1L, 0, all.Length);
        var end = Math.Clamp(toSeconds is { } to ? (long)(to * BytesPerSecond) & ~1L : all.Length, start, all.Length);
        return all.GetBuffer().AsSpan((int)start, (int)(end - start)).ToArray();
    }

    /// <summary>
    /// Removes a conversation's audio files (after its key was destroyed they are noise; this frees
    /// the disk and leaves no sealed copy behind). Safe to repeat.
    /// </summary>
    /// <returns>How many chunk files were removed.</returns>
    public int DeleteAll(Guid conversationId)
    {
        var folder = FolderOf(conversationId);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var count = Directory.EnumerateFiles(folder, "*.chunk").Count();
        Directory.Delete(folder, recursive: true);
        return count;
    }

    public bool Has(Guid conversationId, long sequence) => File.Exists(PathOf(conversationId, sequence));

    /// <summary>Conversations that have audio on disk (to resume their transcription after a restart).</summary>
    public IReadOnlyList<Guid> Conversations() =>
        Directory.Exists(_root)
            ? Directory.EnumerateDirectories(_root).Select(Path.GetFileName).Select(name => Guid.TryParseExact(name, "N", out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList()
            : [];

    /// <summary>Sequence numbers stored, in order.</summary>
    public IReadOnlyList<long> Sequences(Guid conversationId)
    {
        var folder = FolderOf(conversationId);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.chunk").Select(p => long.Parse(Path.GetFileNameWithoutExtension(p), System.Globalization.CultureInfo.InvariantCulture)).Order().ToList()
            : [];
    }

    public string FolderOf(Guid conversationId) => Path.Combine(_root, conversationId.ToString("N"));

    private string PathOf(Guid conversationId, long sequence) =>
        Path.Combine(FolderOf(conversationId), sequence.ToString("D10", System.Globalization.CultureInfo.InvariantCulture) + ".chunk");

    private DataKey FindForReading(Guid conversationId) =>
        _keys.Find(conversationId) ?? throw new ContentDestroyedException("De audio van dit gesprek is vernietigd na intrekking van de toestemming.");

    private byte[] Open(DataKey key, Guid conversationId, long sequence) =>
        key.Open(File.ReadAllBytes(PathOf(conversationId, sequence)), Context(conversationId, sequence));

    private static byte[] Context(Guid conversationId, long sequence)
    {
        var context = new byte[24];
        conversationId.TryWriteBytes(context);
        BinaryPrimitives.WriteInt64LittleEndian(context.AsSpan(16), sequence);
        return context;
    }
}
