namespace WhaiNot.Application.Transcription;

/// <summary>
/// The recent stretch of a conversation's audio (16 kHz samples), addressed by absolute sample
/// position, so the transcriber can cut out an utterance without rereading the stored chunks.
/// Older audio is dropped once no open utterance needs it.
/// </summary>
public sealed class AudioWindow
{
    private float[] _samples = new float[16000 * 30];
    private int _count;

    /// <summary>Absolute position of the first sample held.</summary>
    public long Offset { get; private set; }

    /// <summary>Absolute position just past the last sample held.</summary>
    public long End => Offset + _count;

    public void Append(ReadOnlySpan<float> samples)
    {
        if (_count + samples.Length > _samples.Length)
        {
            Array.Resize(ref _samples, Math.Max(_samples.Length * 2, _count + samples.Length));
        }

        samples.CopyTo(_samples.AsSpan(_count));
        _count += samples.Length;
    }

    /// <summary>The samples between two absolute positions (clamped to what is held).</summary>
    public ReadOnlySpan<float> Slice(long start, long end)
    {
        var from = (int)Math.Clamp(start - Offset, 0, _count);
        var to = (int)Math.Clamp(end - Offset, from, _count);
        return _samples.AsSpan(from, to - from);
    }

    /// <summary>Forgets everything before <paramref name="position"/>.</summary>
    public void DropBefore(long position)
    {
        var drop = (int)Math.Clamp(position - Offset, 0, _count);
        if (drop == 0)
        {
            return;
        }

        _samples.AsSpan(drop, _count - drop).CopyTo(_samples);
        _count -= drop;
        Offset += drop;
    }
}
