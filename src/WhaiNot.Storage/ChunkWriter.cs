using WhaiNot.Security.Keys;

namespace WhaiNot.Storage;

/// <summary>
/// Stores the chunks of one upload (see <see cref="AudioChunkStore.OpenWriter"/>) with the
/// conversation key held in memory for the upload's length only; disposing wipes it.
/// </summary>
public sealed class ChunkWriter : IDisposable
{
    private readonly AudioChunkStore _store;
    private readonly Guid _conversationId;
    private readonly DataKey _key;

    internal ChunkWriter(AudioChunkStore store, Guid conversationId, DataKey key)
    {
        _store = store;
        _conversationId = conversationId;
        _key = key;
    }

    /// <summary>Seals and stores one chunk, flushed to disk before it returns.</summary>
    /// <exception cref="ContentDestroyedException">The key was destroyed since the upload began (a revocation).</exception>
    public void Append(long sequence, ReadOnlySpan<byte> pcm) => _store.Write(_key, _conversationId, sequence, pcm);

    public void Dispose() => _key.Dispose();
}
