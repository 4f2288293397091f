using System.Collections.Concurrent;

namespace WhaiNot.Application.Transcription;

/// <summary>
/// Which microphone dominated each chunk of a two-channel capture, as the capture module sent it,
/// from the hub to the conversation's transcriber. Held in memory only (a byte per chunk, taken by
/// the transcriber): after a restart attribution of the rest of the audio falls back to the voices.
/// </summary>
public sealed class ChannelHints
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<long, byte>> _hints = new();

    /// <summary>Records the dominant channel (1 the worker's headset, 2 the table microphone) of chunk <paramref name="seq"/>.</summary>
    public void Record(Guid conversationId, long seq, byte channel)
    {
        if (channel is 1 or 2)
        {
            _hints.GetOrAdd(conversationId, _ => new ConcurrentDictionary<long, byte>())[seq] = channel;
        }
    }

    /// <summary>The chunk's hint (0 when none came), removed.</summary>
    public byte Take(Guid conversationId, long seq) =>
        _hints.TryGetValue(conversationId, out var chunks) && chunks.TryRemove(seq, out var channel) ? channel : (byte)0;

    public void Forget(Guid conversationId) => _hints.TryRemove(conversationId, out _);
}
