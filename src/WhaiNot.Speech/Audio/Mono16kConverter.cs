namespace WhaiNot.Speech.Audio;

/// <summary>
/// Turns interleaved audio at any supported rate into 16 kHz mono for whisper.cpp, block by block: the
/// channels are averaged, the result resampled and at the end clamped to [-1, 1].
/// </summary>
internal sealed class Mono16kConverter
{
    // Frames downmixed per step: the mono scratch buffer stays small (and off the large-object heap).
    private const int BlockFrames = 8 * 1024;

    private readonly int _channels;
    private readonly SincResampler? _resampler;
    private readonly FloatArrayBuilder? _direct;
    private readonly float[] _mono;
    private long _inputFrames;

    /// <summary>Creates a converter for audio with <paramref name="sampleRate"/> and <paramref name="channels"/>.</summary>
    /// <param name="sampleRate">Input rate in Hz.</param>
    /// <param name="channels">Samples per input frame.</param>
    /// <param name="expectedFrames">Input frames that will come, when known: the output is allocated once.</param>
    public Mono16kConverter(int sampleRate, int channels, long? expectedFrames)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        _channels = channels;
        if (sampleRate == AudioConverter.TargetSampleRate)
        {
            _direct = new FloatArrayBuilder(expectedFrames ?? 0);
            _mono = [];
        }
        else
        {
            _resampler = new SincResampler(sampleRate, AudioConverter.TargetSampleRate, expectedFrames);
            _mono = new float[BlockFrames];
        }
    }

    /// <summary>Frames written so far.</summary>
    public long InputFrames => _inputFrames;

    /// <summary>Feeds the next frames (interleaved; a whole number of frames).</summary>
    public void Write(ReadOnlySpan<float> interleaved)
    {
        if (interleaved.Length % _channels != 0)
        {
            throw new ArgumentException("The samples must be a whole number of frames.", nameof(interleaved));
        }

        _inputFrames += interleaved.Length / _channels;
        while (!interleaved.IsEmpty)
        {
            var frames = Math.Min(interleaved.Length / _channels, BlockFrames);
            var block = interleaved[..(frames * _channels)];
            if (_direct is not null)
            {
                Downmix(block, _direct.GetAppendSpan(frames));
                _direct.Advance(frames);
            }
            else
            {
                Downmix(block, _mono);
                _resampler!.Write(_mono.AsSpan(0, frames));
            }

            interleaved = interleaved[block.Length..];
        }
    }

    /// <summary>Returns the 16 kHz mono samples, clamped to [-1, 1].</summary>
    public float[] Complete()
    {
        var samples = _direct is not null ? _direct.ToArray() : _resampler!.Complete();

        // Over-full-scale float input, and the filter's overshoot next to a clipped edge, can land outside.
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = Math.Clamp(samples[i], -1f, 1f);
        }

        return samples;
    }

    private void Downmix(ReadOnlySpan<float> interleaved, Span<float> mono)
    {
        switch (_channels)
        {
            case 1:
                for (var i = 0; i < interleaved.Length; i++)
                {
                    mono[i] = SampleDecoder.Sanitize(interleaved[i]);
                }

                break;
            case 2:
                for (var i = 0; i < interleaved.Length / 2; i++)
                {
                    mono[i] = SampleDecoder.Sanitize((interleaved[2 * i] + interleaved[(2 * i) + 1]) * 0.5f);
                }

                break;
            default:
                var scale = 1f / _channels;
                var frames = interleaved.Length / _channels;
                for (var i = 0; i < frames; i++)
                {
                    var frame = interleaved.Slice(i * _channels, _channels);
                    var sum = 0f;
                    foreach (var sample in frame)
                    {
                        sum += sample;
                    }

                    mono[i] = SampleDecoder.Sanitize(sum * scale);
                }

                break;
        }
    }
}
