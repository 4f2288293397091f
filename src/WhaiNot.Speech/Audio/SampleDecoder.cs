using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace WhaiNot.Speech.Audio;

/// <summary>Turns little-endian WAV sample bytes into floats in [-1, 1].</summary>
internal static class SampleDecoder
{
    private const float Pcm16Scale = 1f / 32768f;
    private const float Pcm24Scale = 1f / 8388608f;
    private const double Pcm32Scale = 1.0 / 2147483648.0;

    /// <summary>
    /// Decodes <paramref name="source"/> (a whole number of samples) into <paramref name="destination"/>,
    /// which must hold at least <c>source.Length / bytesPerSample</c> floats.
    /// </summary>
    /// <returns>The number of samples written.</returns>
    public static int Decode(WavSampleEncoding encoding, ReadOnlySpan<byte> source, Span<float> destination)
    {
        switch (encoding)
        {
            case WavSampleEncoding.Pcm16:
                return DecodePcm16(source, destination);
            case WavSampleEncoding.Pcm24:
                return DecodePcm24(source, destination);
            case WavSampleEncoding.Pcm32:
                return DecodePcm32(source, destination);
            case WavSampleEncoding.Float32:
                return DecodeFloat32(source, destination);
            case WavSampleEncoding.Float64:
                return DecodeFloat64(source, destination);
            default:
                throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null);
        }
    }

    /// <summary>Bytes one sample takes in <paramref name="encoding"/>.</summary>
    public static int BytesPerSample(WavSampleEncoding encoding) => encoding switch
    {
        WavSampleEncoding.Pcm16 => 2,
        WavSampleEncoding.Pcm24 => 3,
        WavSampleEncoding.Pcm32 => 4,
        WavSampleEncoding.Float32 => 4,
        WavSampleEncoding.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    /// <summary>
    /// NaN becomes silence and ±infinity full scale. Float files from broken tools sometimes carry them, and
    /// one NaN would smear over the whole resampling filter and then make whisper.cpp produce nonsense.
    /// </summary>
    public static float Sanitize(float value) =>
        float.IsFinite(value) ? value : float.IsNaN(value) ? 0f : MathF.Sign(value);

    private static int DecodePcm16(ReadOnlySpan<byte> source, Span<float> destination)
    {
        var count = source.Length / 2;
        destination = destination[..count];
        if (BitConverter.IsLittleEndian)
        {
            // The common case by far: read the bytes as shorts in place instead of assembling each one.
            var values = MemoryMarshal.Cast<byte, short>(source[..(count * 2)]);
            for (var i = 0; i < destination.Length; i++)
            {
                destination[i] = values[i] * Pcm16Scale;
            }

            return count;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = BinaryPrimitives.ReadInt16LittleEndian(source.Slice(i * 2, 2)) * Pcm16Scale;
        }

        return count;
    }

    private static int DecodePcm24(ReadOnlySpan<byte> source, Span<float> destination)
    {
        var count = source.Length / 3;
        destination = destination[..count];
        for (var i = 0; i < destination.Length; i++)
        {
            var offset = i * 3;

            // Put the three bytes in the top of an int and shift back down: the arithmetic shift sign-extends.
            var value = (source[offset] << 8) | (source[offset + 1] << 16) | (source[offset + 2] << 24);
            destination[i] = (value >> 8) * Pcm24Scale;
        }

        return count;
    }

    private static int DecodePcm32(ReadOnlySpan<byte> source, Span<float> destination)
    {
        var count = source.Length / 4;
        destination = destination[..count];
        for (var i = 0; i < destination.Length; i++)
        {
            // Through double: float has only 24 bits of mantissa, the scaling should not round twice.
            destination[i] = (float)(BinaryPrimitives.ReadInt32LittleEndian(source.Slice(i * 4, 4)) * Pcm32Scale);
        }

        return count;
    }

    private static int DecodeFloat32(ReadOnlySpan<byte> source, Span<float> destination)
    {
        var count = source.Length / 4;
        destination = destination[..count];
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = Sanitize(BinaryPrimitives.ReadSingleLittleEndian(source.Slice(i * 4, 4)));
        }

        return count;
    }

    private static int DecodeFloat64(ReadOnlySpan<byte> source, Span<float> destination)
    {
        var count = source.Length / 8;
        destination = destination[..count];
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = Sanitize((float)BinaryPrimitives.ReadDoubleLittleEndian(source.Slice(i * 8, 8)));
        }

        return count;
    }
}
