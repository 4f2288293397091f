using System.Buffers.Binary;
using System.Text;

namespace WhaiNot.Speech.Tests.Audio;

/// <summary>Builds WAV files byte by byte, including odd and broken ones the writer would never make.</summary>
internal static class RawWav
{
    public const ushort Pcm = 0x0001;
    public const ushort IeeeFloat = 0x0003;
    public const ushort Extensible = 0xFFFE;

    /// <summary>A RIFF file from the given chunks (already with their headers and pad bytes).</summary>
    public static byte[] Riff(params byte[][] chunks) => Container("RIFF", "WAVE", chunks);

    /// <summary>A RIFF-like file with any magic and form type.</summary>
    public static byte[] Container(string magic, string form, params byte[][] chunks)
    {
        var body = chunks.SelectMany(c => c).ToArray();
        var file = new byte[12 + body.Length];
        Encoding.ASCII.GetBytes(magic).CopyTo(file, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(4 + body.Length));
        Encoding.ASCII.GetBytes(form).CopyTo(file, 8);
        body.CopyTo(file, 12);
        return file;
    }

    /// <summary>A chunk with its header; <paramref name="declaredSize"/> overrides the size field; a pad byte follows odd sizes.</summary>
    public static byte[] Chunk(string id, byte[] payload, uint? declaredSize = null)
    {
        var padded = payload.Length + (payload.Length & 1);
        var chunk = new byte[8 + padded];
        Encoding.ASCII.GetBytes(id).CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), declaredSize ?? (uint)payload.Length);
        payload.CopyTo(chunk, 8);
        return chunk;
    }

    /// <summary>A data chunk without a pad byte (for truncated files and for files that end right after it).</summary>
    public static byte[] Data(byte[] payload, uint? declaredSize = null)
    {
        var chunk = new byte[8 + payload.Length];
        Encoding.ASCII.GetBytes("data").CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), declaredSize ?? (uint)payload.Length);
        payload.CopyTo(chunk, 8);
        return chunk;
    }

    /// <summary>A classic 16-byte fmt chunk; <paramref name="blockAlign"/> defaults to the consistent value.</summary>
    public static byte[] Fmt(ushort formatTag, int channels, int sampleRate, int bitsPerSample, int? blockAlign = null)
    {
        var payload = new byte[16];
        WriteFmtFields(payload, formatTag, channels, sampleRate, bitsPerSample, blockAlign);
        return Chunk("fmt ", payload);
    }

    /// <summary>A 40-byte WAVE_FORMAT_EXTENSIBLE fmt chunk whose SubFormat GUID starts with <paramref name="subFormat"/>.</summary>
    public static byte[] FmtExtensible(ushort subFormat, int channels, int sampleRate, int bitsPerSample)
    {
        var payload = new byte[40];
        WriteFmtFields(payload, Extensible, channels, sampleRate, bitsPerSample, null);
        BinaryPrimitives.WriteUInt16LittleEndian(payload.AsSpan(16), 22);
        BinaryPrimitives.WriteUInt16LittleEndian(payload.AsSpan(18), (ushort)bitsPerSample);
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(20), channels == 2 ? 0x3u : 0x4u);

        // KSDATAFORMAT_SUBTYPE_xxx = {0000xxxx-0000-0010-8000-00AA00389B71}
        var guid = new Guid(subFormat, 0x0000, 0x0010, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71);
        guid.ToByteArray().CopyTo(payload, 24);
        return Chunk("fmt ", payload);
    }

    /// <summary>Little-endian signed integer samples of 16, 24 or 32 bits.</summary>
    public static byte[] EncodePcm(ReadOnlySpan<float> samples, int bits)
    {
        var bytesPerSample = bits / 8;
        var bytes = new byte[samples.Length * bytesPerSample];
        var scale = Math.Pow(2, bits - 1);
        for (var i = 0; i < samples.Length; i++)
        {
            var value = (long)Math.Clamp(Math.Round(samples[i] * scale), -scale, scale - 1);
            for (var b = 0; b < bytesPerSample; b++)
            {
                bytes[(i * bytesPerSample) + b] = (byte)(value >> (8 * b));
            }
        }

        return bytes;
    }

    /// <summary>Little-endian 32-bit float samples.</summary>
    public static byte[] EncodeFloat32(ReadOnlySpan<float> samples)
    {
        var bytes = new byte[samples.Length * 4];
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), samples[i]);
        }

        return bytes;
    }

    /// <summary>Little-endian 64-bit float samples.</summary>
    public static byte[] EncodeFloat64(ReadOnlySpan<float> samples)
    {
        var bytes = new byte[samples.Length * 8];
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 8), samples[i]);
        }

        return bytes;
    }

    private static void WriteFmtFields(byte[] payload, ushort formatTag, int channels, int sampleRate, int bitsPerSample, int? blockAlign)
    {
        var align = blockAlign ?? (channels * bitsPerSample / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(payload, formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(payload.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(4), (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(8), (uint)(sampleRate * align));
        BinaryPrimitives.WriteUInt16LittleEndian(payload.AsSpan(12), (ushort)align);
        BinaryPrimitives.WriteUInt16LittleEndian(payload.AsSpan(14), (ushort)bitsPerSample);
    }
}
