using System.Buffers.Binary;
using WhaiNot.Speech.Audio;

namespace WhaiNot.Cli.Streaming;

/// <summary>
/// Audio as the hub takes it: 16 kHz mono PCM16, cut in pieces of 250 ms, the size a browser's
/// AudioWorklet sends. Any WAV the speech reader understands is converted first.
/// </summary>
internal static class Pcm16Chunks
{
    public const int SampleRate = AudioConverter.TargetSampleRate;

    public const int BytesPerSecond = SampleRate * 2;

    /// <summary>250 ms: small enough for a live feel, large enough that one chunk per message costs little.</summary>
    public const int ChunkBytes = BytesPerSecond / 4;

    public const double ChunkSeconds = (double)ChunkBytes / BytesPerSecond;

    /// <summary>Reads a WAV file into 16 kHz mono PCM16; a missing or unreadable file is bad input (exit 2).</summary>
    public static byte[] ReadWav(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
        {
            throw new CliException(ExitCodes.BadInput, $"Het invoerbestand '{file.FullName}' bestaat niet.");
        }

        try
        {
            return FromSamples(WavReader.ReadMono16k(file.FullName));
        }
        catch (AudioFormatException ex)
        {
            throw new CliException(ExitCodes.BadInput, $"{file.Name}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.BadInput, $"Het invoerbestand '{file.FullName}' kan niet gelezen worden: {ex.Message}");
        }
    }

    /// <summary>Floats in [-1, 1] to PCM16, rounded and clamped; 16-bit input comes back bit for bit.</summary>
    public static byte[] FromSamples(ReadOnlySpan<float> samples)
    {
        var pcm = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            var value = Math.Clamp(MathF.Round(samples[i] * 32768f), short.MinValue, short.MaxValue);
            BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(i * 2), (short)value);
        }

        return pcm;
    }

    /// <summary>Cuts PCM into pieces of <see cref="ChunkBytes"/>; the last one may be shorter.</summary>
    public static IReadOnlyList<byte[]> Split(byte[] pcm)
    {
        ArgumentNullException.ThrowIfNull(pcm);
        var chunks = new List<byte[]>((pcm.Length / ChunkBytes) + 1);
        for (var offset = 0; offset < pcm.Length; offset += ChunkBytes)
        {
            chunks.Add(pcm[offset..Math.Min(pcm.Length, offset + ChunkBytes)]);
        }

        return chunks;
    }

    public static double Seconds(long bytes) => (double)bytes / BytesPerSecond;

    /// <summary>The chunk that holds the last sample before <paramref name="seconds"/>: where a segment ending there was sent.</summary>
    public static int ChunkHolding(double seconds, int chunkCount)
    {
        var lastSample = Math.Max(0, (long)Math.Round(seconds * SampleRate) - 1);
        return (int)Math.Clamp(lastSample * 2 / ChunkBytes, 0, Math.Max(0, chunkCount - 1));
    }
}
