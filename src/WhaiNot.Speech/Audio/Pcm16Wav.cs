using System.Buffers.Binary;

namespace WhaiNot.Speech.Audio;

/// <summary>
/// Wraps raw 16 kHz mono PCM16 (the box's stored audio) in a 44-byte WAV header, byte for byte as
/// it was received: for the audio endpoint and the client's export alike.
/// </summary>
public static class Pcm16Wav
{
    public static byte[] Mono16k(ReadOnlySpan<byte> pcm)
    {
        var wav = new byte[44 + pcm.Length];
        var header = wav.AsSpan();
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], 36 + pcm.Length);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], 16000);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], 32000);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], pcm.Length);
        pcm.CopyTo(header[44..]);
        return wav;
    }
}
