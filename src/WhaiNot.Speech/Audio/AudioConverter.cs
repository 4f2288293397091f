using System.Buffers.Binary;

namespace WhaiNot.Speech.Audio;

/// <summary>Brings audio into the shape whisper.cpp wants: 16 kHz, mono, float32 in [-1, 1].</summary>
public static class AudioConverter
{
    /// <summary>The sample rate whisper.cpp works at, in Hz.</summary>
    public const int TargetSampleRate = 16_000;

    /// <summary>
    /// Averages the channels and resamples to 16 kHz with a band-limited (Kaiser-windowed sinc) filter,
    /// then clamps to [-1, 1]. Audio that already is 16 kHz mono is only copied and clamped.
    /// </summary>
    /// <param name="audio">The decoded audio, at <see cref="WavReader.MinSampleRate"/>..<see cref="WavReader.MaxSampleRate"/> Hz.</param>
    /// <returns>A new array; the input is not changed.</returns>
    /// <exception cref="AudioFormatException">The sample rate is outside the supported range.</exception>
    public static float[] ToMono16k(PcmAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        CheckSampleRate(audio.SampleRate);

        // The converter works through the samples in small blocks: no second full-length (mono) copy.
        var converter = new Mono16kConverter(audio.SampleRate, audio.Channels, audio.FrameCount);
        converter.Write(audio.Samples);
        return converter.Complete();
    }

    /// <summary>
    /// Decodes a chunk of the live stream: 16 kHz mono signed 16-bit little-endian PCM, into floats in [-1, 1).
    /// </summary>
    /// <exception cref="AudioFormatException">The chunk has an odd number of bytes (half a sample).</exception>
    public static float[] FromPcm16(ReadOnlySpan<byte> littleEndianPcm16)
    {
        if (littleEndianPcm16.Length % 2 != 0)
        {
            throw AudioErrors.OddByteCount(littleEndianPcm16.Length);
        }

        var samples = new float[littleEndianPcm16.Length / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(littleEndianPcm16.Slice(i * 2, 2)) / 32768f;
        }

        return samples;
    }

    /// <summary>16 kHz mono samples already read as 16-bit integers, into floats in [-1, 1) (the same scale as the byte form).</summary>
    public static float[] FromPcm16Samples(ReadOnlySpan<short> pcm16)
    {
        var samples = new float[pcm16.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = pcm16[i] / 32768f;
        }

        return samples;
    }

    /// <summary>Refuses rates the resampler is not designed for (the same range <see cref="WavReader"/> accepts).</summary>
    internal static void CheckSampleRate(int sampleRate)
    {
        if (sampleRate is < WavReader.MinSampleRate or > WavReader.MaxSampleRate)
        {
            throw AudioErrors.UnsupportedSampleRate(sampleRate);
        }
    }
}
