using System.Buffers;

namespace WhaiNot.Speech.Audio;

/// <summary>
/// Reads WAV files (RIFF/WAVE): PCM 16, 24 and 32 bit, 32- and 64-bit float, also as WAVE_FORMAT_EXTENSIBLE;
/// 1..<see cref="MaxChannels"/> channels at <see cref="MinSampleRate"/>..<see cref="MaxSampleRate"/> Hz.
/// Everything else is refused with an <see cref="AudioFormatException"/> that says why, in Dutch.
/// </summary>
/// <remarks>
/// A data chunk size of 0 or 0xFFFFFFFF, as streaming writers leave it, means "read to the end of the stream".
/// The stream is read forward only, so pipes and request bodies work; a stream that can seek is also
/// checked for truncation before any audio is decoded, and lets a data chunk come before the fmt chunk.
/// </remarks>
public static class WavReader
{
    /// <summary>The lowest sample rate accepted, in Hz (telephone quality).</summary>
    public const int MinSampleRate = 8_000;

    /// <summary>The highest sample rate accepted, in Hz.</summary>
    public const int MaxSampleRate = 192_000;

    /// <summary>The most channels accepted (7.1).</summary>
    public const int MaxChannels = 8;

    // Samples decoded per read when the total is not known beforehand.
    private const int BlockSamples = 16 * 1024;

    /// <summary>Decodes the whole WAV stream into floats, keeping its rate and channels.</summary>
    /// <param name="stream">Positioned at the start of the file; left open, positioned after the audio.</param>
    /// <exception cref="AudioFormatException">Not a WAV file this appliance can decode, or damaged.</exception>
    public static PcmAudio Read(Stream stream)
    {
        using var reader = WavDataReader.Open(stream);
        var format = reader.Format;
        float[] samples;
        if (reader.FrameCount is long frames)
        {
            var total = frames * format.Channels;
            if (total == 0)
            {
                throw AudioErrors.Empty();
            }

            if (total > Array.MaxLength)
            {
                throw AudioErrors.TooLong();
            }

            // Known length: decode straight into the final array, block by block.
            samples = new float[total];
            var filled = 0;
            while (filled < samples.Length)
            {
                var read = reader.ReadSamples(samples.AsSpan(filled));
                if (read == 0)
                {
                    throw new InvalidOperationException("The WAV data ended before its measured length.");
                }

                filled += read;
            }
        }
        else
        {
            // Streaming-writer file from a pipe: the length shows only at the end, so grow as it comes.
            var builder = new FloatArrayBuilder(BlockSamples);
            int read;
            while ((read = reader.ReadSamples(builder.GetAppendSpan(BlockSamples))) > 0)
            {
                builder.Advance(read);
            }

            if (builder.Count == 0)
            {
                throw AudioErrors.Empty();
            }

            samples = builder.ToArray();
        }

        return new PcmAudio(samples, format.SampleRate, format.Channels);
    }

    /// <summary>Decodes the WAV file at <paramref name="path"/>; see <see cref="Read(Stream)"/>.</summary>
    /// <exception cref="AudioFormatException">Not a WAV file this appliance can decode, or damaged.</exception>
    public static PcmAudio Read(string path)
    {
        using var stream = OpenFile(path);
        return Read(stream);
    }

    /// <summary>
    /// Decodes the WAV stream straight into 16 kHz mono floats in [-1, 1] for whisper.cpp, without ever
    /// holding the whole recording at its original rate and channel count: the same result as
    /// <c>AudioConverter.ToMono16k(WavReader.Read(stream))</c> in a fraction of the memory.
    /// </summary>
    /// <param name="stream">Positioned at the start of the file; left open.</param>
    /// <exception cref="AudioFormatException">Not a WAV file this appliance can decode, or damaged.</exception>
    public static float[] ReadMono16k(Stream stream)
    {
        using var reader = WavDataReader.Open(stream);
        var format = reader.Format;
        if (reader.FrameCount == 0)
        {
            throw AudioErrors.Empty();
        }

        var converter = new Mono16kConverter(format.SampleRate, format.Channels, reader.FrameCount);
        var block = ArrayPool<float>.Shared.Rent(WavDataReader.BlockBytes / format.BlockAlign * format.Channels);
        try
        {
            int read;
            while ((read = reader.ReadSamples(block)) > 0)
            {
                converter.Write(block.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(block);
        }

        if (converter.InputFrames == 0)
        {
            throw AudioErrors.Empty();
        }

        return converter.Complete();
    }

    /// <summary>Decodes the WAV file at <paramref name="path"/> into 16 kHz mono; see <see cref="ReadMono16k(Stream)"/>.</summary>
    /// <exception cref="AudioFormatException">Not a WAV file this appliance can decode, or damaged.</exception>
    public static float[] ReadMono16k(string path)
    {
        using var stream = OpenFile(path);
        return ReadMono16k(stream);
    }

    // No FileStream buffer: the reader already reads in 64 KiB blocks.
    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
}
