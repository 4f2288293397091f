using System.Buffers;
using System.Buffers.Binary;

namespace WhaiNot.Speech.Audio;

/// <summary>Writes plain WAV files: PCM 16-bit or 32-bit float, interleaved samples.</summary>
public static class WavWriter
{
    private const ushort FormatPcm = 0x0001;
    private const ushort FormatIeeeFloat = 0x0003;

    // Samples converted per write, so a long recording is never held twice as bytes.
    private const int BlockSamples = 16 * 1024;

    /// <summary>
    /// Writes <paramref name="samples"/> (interleaved, nominally [-1, 1]) as 16-bit PCM. Values are clamped
    /// and rounded to the nearest step of 1/32768.
    /// </summary>
    /// <param name="stream">Written from its current position; left open.</param>
    /// <param name="samples">Interleaved samples, a whole number of frames.</param>
    /// <param name="sampleRate">Frames per second.</param>
    /// <param name="channels">Samples per frame, at least 1.</param>
    public static void WritePcm16(Stream stream, ReadOnlySpan<float> samples, int sampleRate, int channels)
    {
        WriteHeader(stream, samples, sampleRate, channels, FormatPcm, 2);
        WriteSamples(stream, samples, isFloat: false);
    }

    /// <summary>Writes <paramref name="samples"/> (interleaved) as 32-bit IEEE float, unchanged.</summary>
    /// <param name="stream">Written from its current position; left open.</param>
    /// <param name="samples">Interleaved samples, a whole number of frames.</param>
    /// <param name="sampleRate">Frames per second.</param>
    /// <param name="channels">Samples per frame, at least 1.</param>
    public static void WriteFloat32(Stream stream, ReadOnlySpan<float> samples, int sampleRate, int channels)
    {
        WriteHeader(stream, samples, sampleRate, channels, FormatIeeeFloat, 4);
        WriteSamples(stream, samples, isFloat: true);
    }

    private static void WriteHeader(Stream stream, ReadOnlySpan<float> samples, int sampleRate, int channels, ushort formatTag, int bytesPerSample)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);

        // Block align (bytes per frame) and byte rate must fit the header's 16- and 32-bit fields.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, ushort.MaxValue / bytesPerSample);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)sampleRate * channels * bytesPerSample, uint.MaxValue, nameof(sampleRate));
        if (samples.Length % channels != 0)
        {
            throw new ArgumentException("The samples must be a whole number of frames.", nameof(samples));
        }

        var isFloat = formatTag == FormatIeeeFloat;
        var dataSize = (long)samples.Length * bytesPerSample;

        // Non-PCM formats carry cbSize (fmt of 18 bytes) and a fact chunk with the frame count, as the spec asks.
        var fmtSize = isFloat ? 18 : 16;
        var factSize = isFloat ? 12 : 0;
        var riffSize = 4 + (8 + fmtSize) + factSize + 8 + dataSize;
        if (riffSize > uint.MaxValue)
        {
            throw new ArgumentException("Too many samples for one WAV file (over 4 GB).", nameof(samples));
        }

        Span<byte> header = stackalloc byte[12 + 8 + 18 + 12 + 8];
        var at = 0;
        at = Put(header, at, "RIFF"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(header[at..], (uint)riffSize);
        at = Put(header, at + 4, "WAVE"u8);
        at = Put(header, at, "fmt "u8);
        BinaryPrimitives.WriteUInt32LittleEndian(header[at..], (uint)fmtSize);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 4)..], formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 6)..], (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 8)..], (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 12)..], (uint)((long)sampleRate * channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 16)..], (ushort)(channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 18)..], (ushort)(bytesPerSample * 8));
        at += 4 + 16;
        if (isFloat)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[at..], 0);
            at = Put(header, at + 2, "fact"u8);
            BinaryPrimitives.WriteUInt32LittleEndian(header[at..], 4);
            BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 4)..], (uint)(samples.Length / channels));
            at += 8;
        }

        at = Put(header, at, "data"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(header[at..], (uint)dataSize);
        stream.Write(header[..(at + 4)]);
    }

    private static void WriteSamples(Stream stream, ReadOnlySpan<float> samples, bool isFloat)
    {
        var bytesPerSample = isFloat ? 4 : 2;
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSamples * bytesPerSample);
        try
        {
            while (!samples.IsEmpty)
            {
                var block = samples[..Math.Min(samples.Length, BlockSamples)];
                var bytes = buffer.AsSpan(0, block.Length * bytesPerSample);
                for (var i = 0; i < block.Length; i++)
                {
                    if (isFloat)
                    {
                        BinaryPrimitives.WriteSingleLittleEndian(bytes[(i * 4)..], block[i]);
                    }
                    else
                    {
                        BinaryPrimitives.WriteInt16LittleEndian(bytes[(i * 2)..], ToPcm16(block[i]));
                    }
                }

                stream.Write(bytes);
                samples = samples[block.Length..];
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Round to the nearest step and clamp: +1.0 becomes 32767, the largest value 16 bits hold.
    private static short ToPcm16(float sample)
    {
        var scaled = MathF.Round(sample * 32768f);
        return float.IsNaN(scaled) ? (short)0 : (short)Math.Clamp(scaled, short.MinValue, short.MaxValue);
    }

    private static int Put(Span<byte> header, int at, ReadOnlySpan<byte> fourCc)
    {
        fourCc.CopyTo(header[at..]);
        return at + fourCc.Length;
    }
}
