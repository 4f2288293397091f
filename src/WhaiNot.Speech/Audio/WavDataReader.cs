using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;

namespace WhaiNot.Speech.Audio;

/// <summary>
/// Walks the chunks of a RIFF/WAVE stream up to the audio and then hands out decoded samples block by block,
/// so callers never hold the raw bytes and the decoded floats of a whole file at the same time.
/// </summary>
internal sealed class WavDataReader : IDisposable
{
    /// <summary>Raw bytes read per block: large enough for few reads, small enough to stay out of the large-object heap.</summary>
    internal const int BlockBytes = 64 * 1024;

    private const ushort FormatPcm = 0x0001;
    private const ushort FormatIeeeFloat = 0x0003;
    private const ushort FormatExtensible = 0xFFFE;

    // Only what the decoder looks at: the 16 classic bytes plus the 24 of WAVE_FORMAT_EXTENSIBLE.
    private const int FmtBytesUsed = 40;

    private readonly Stream _stream;
    private readonly long? _dataLength;
    private readonly long _declaredLength;
    private byte[]? _buffer;
    private long _dataRead;

    private WavDataReader(Stream stream, WavFormat format, long declaredLength, long? dataLength)
    {
        _stream = stream;
        Format = format;
        _declaredLength = declaredLength;
        _dataLength = dataLength;
        _buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
    }

    /// <summary>The checked format of the audio.</summary>
    public WavFormat Format { get; }

    /// <summary>
    /// Frames in the data chunk when known before reading; <see langword="null"/> for a streaming-writer file
    /// read from a stream that cannot seek (then the length is only known at the end).
    /// </summary>
    public long? FrameCount => _dataLength / Format.BlockAlign;

    /// <summary>Reads the RIFF header and chunks up to the start of the audio.</summary>
    /// <exception cref="AudioFormatException">Not a WAV file this appliance can decode.</exception>
    public static WavDataReader Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        ReadRiffHeader(stream);
        var (format, dataSize) = FindFormatAndData(stream);

        // Writers that stream (sox to a pipe, ffmpeg to stdout, recorders that crashed before patching the
        // header) write 0 or 0xFFFFFFFF as the data size because they do not know it yet. The only way to
        // get their audio is to read on to the end of the stream; a partial last frame is then dropped,
        // as it is what a writer killed mid-write leaves behind. Such writers put nothing after the data
        // chunk (they cannot know where it ends either), so reading to the end picks up no metadata.
        if (dataSize is 0 or uint.MaxValue)
        {
            long? available = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : null;
            return new WavDataReader(stream, format, -1, available - (available % format.BlockAlign));
        }

        if (dataSize % format.BlockAlign != 0)
        {
            throw AudioErrors.PartialFrames(dataSize, format.BlockAlign);
        }

        if (stream.CanSeek)
        {
            var available = Math.Max(0, stream.Length - stream.Position);
            if (available < dataSize)
            {
                throw AudioErrors.Truncated(dataSize, available);
            }
        }

        return new WavDataReader(stream, format, dataSize, dataSize);
    }

    /// <summary>
    /// Decodes the next whole frames into <paramref name="destination"/> (interleaved).
    /// </summary>
    /// <returns>The number of samples written (a multiple of the channel count); 0 at the end of the audio.</returns>
    /// <exception cref="AudioFormatException">The data chunk ends before its declared size.</exception>
    public int ReadSamples(Span<float> destination)
    {
        ObjectDisposedException.ThrowIf(_buffer is null, this);
        var maxFrames = destination.Length / Format.Channels;
        if (maxFrames == 0)
        {
            throw new ArgumentException("The destination must hold at least one frame.", nameof(destination));
        }

        long wanted = Math.Min(maxFrames, BlockBytes / Format.BlockAlign) * Format.BlockAlign;
        if (_dataLength is long length)
        {
            wanted = Math.Min(wanted, length - _dataRead);
        }

        if (wanted == 0)
        {
            return 0;
        }

        var block = _buffer.AsSpan(0, (int)wanted);
        var read = _stream.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        if (read < block.Length && _dataLength is not null)
        {
            // Only reachable for streams that cannot seek: seekable ones were measured in Open.
            throw AudioErrors.Truncated(_declaredLength, _dataRead + read);
        }

        var whole = read - (read % Format.BlockAlign);
        _dataRead += whole;
        return SampleDecoder.Decode(Format.Encoding, block[..whole], destination);
    }

    /// <summary>Returns the pooled buffer; the stream belongs to the caller and stays open.</summary>
    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    private static void ReadRiffHeader(Stream stream)
    {
        Span<byte> header = stackalloc byte[12];
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (read >= 4)
        {
            var id = header[..4];
            if (id.SequenceEqual("RF64"u8) || id.SequenceEqual("BW64"u8))
            {
                throw AudioErrors.Rf64();
            }

            if (id.SequenceEqual("RIFX"u8) && read == 12 && header[8..].SequenceEqual("WAVE"u8))
            {
                throw AudioErrors.BigEndian();
            }
        }

        // The RIFF size (bytes 4..8) is not checked: streaming writers leave it 0 or 0xFFFFFFFF, and the
        // data chunk's own size is what decides how much audio there is.
        if (read < 12 || !header[..4].SequenceEqual("RIFF"u8) || !header[8..].SequenceEqual("WAVE"u8))
        {
            throw AudioErrors.NotWav();
        }
    }

    private static (WavFormat Format, uint DataSize) FindFormatAndData(Stream stream)
    {
        WavFormat? format = null;
        long? pendingDataStart = null;
        uint pendingDataSize = 0;
        Span<byte> chunkHeader = stackalloc byte[8];
        while (stream.ReadAtLeast(chunkHeader, 8, throwOnEndOfStream: false) == 8)
        {
            var id = chunkHeader[..4];
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader[4..]);
            if (id.SequenceEqual("fmt "u8) && format is null)
            {
                format = ReadFmt(stream, size);
                if (pendingDataStart is long dataStart)
                {
                    stream.Position = dataStart;
                    return (format, pendingDataSize);
                }
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is not null)
                {
                    return (format, size);
                }

                // With an unknown (streaming) size the audio runs to the end: no fmt chunk can follow it.
                if (size is 0 or uint.MaxValue)
                {
                    throw AudioErrors.MissingFmt();
                }

                // A data chunk before fmt is allowed by RIFF but rare; it can only be handled by coming back.
                if (!stream.CanSeek)
                {
                    throw AudioErrors.DataBeforeFmt();
                }

                if (pendingDataStart is null)
                {
                    pendingDataStart = stream.Position;
                    pendingDataSize = size;
                }

                Skip(stream, PaddedSize(size));
            }
            else
            {
                // LIST, fact, bext, JUNK, cue, a second fmt ...: not needed for the audio.
                Skip(stream, PaddedSize(size));
            }
        }

        throw format is null ? AudioErrors.MissingFmt() : AudioErrors.MissingData();
    }

    private static WavFormat ReadFmt(Stream stream, uint size)
    {
        if (size < 16)
        {
            throw AudioErrors.FmtTooShort(size);
        }

        Span<byte> fmt = stackalloc byte[FmtBytesUsed];
        fmt = fmt[..(int)Math.Min(size, FmtBytesUsed)];
        if (stream.ReadAtLeast(fmt, fmt.Length, throwOnEndOfStream: false) < fmt.Length)
        {
            throw AudioErrors.FmtTruncated();
        }

        Skip(stream, PaddedSize(size) - fmt.Length);

        var formatTag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]);
        int blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(fmt[12..]);
        int bitsPerSample = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);

        var effectiveTag = formatTag;
        if (formatTag == FormatExtensible)
        {
            if (size < FmtBytesUsed)
            {
                throw AudioErrors.ExtensibleTooShort(size);
            }

            // The SubFormat GUID starts with the classic format tag (KSDATAFORMAT_SUBTYPE_PCM = 00000001-...).
            effectiveTag = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]);
        }

        if (effectiveTag is not (FormatPcm or FormatIeeeFloat))
        {
            var name = DescribeFormatTag(effectiveTag);
            throw AudioErrors.UnsupportedFormat(formatTag == FormatExtensible ? name + " in WAVE_FORMAT_EXTENSIBLE" : name);
        }

        if (channels == 0)
        {
            throw AudioErrors.InvalidChannels(channels);
        }

        if (channels > WavReader.MaxChannels)
        {
            throw AudioErrors.TooManyChannels(channels);
        }

        if (sampleRate == 0)
        {
            throw AudioErrors.InvalidSampleRate(sampleRate);
        }

        if (sampleRate is < WavReader.MinSampleRate or > WavReader.MaxSampleRate)
        {
            throw AudioErrors.UnsupportedSampleRate(sampleRate);
        }

        var encoding = (effectiveTag, bitsPerSample) switch
        {
            (FormatPcm, 16) => WavSampleEncoding.Pcm16,
            (FormatPcm, 24) => WavSampleEncoding.Pcm24,
            (FormatPcm, 32) => WavSampleEncoding.Pcm32,
            (FormatIeeeFloat, 32) => WavSampleEncoding.Float32,
            (FormatIeeeFloat, 64) => WavSampleEncoding.Float64,
            (FormatPcm, _) => throw AudioErrors.UnsupportedFormat(string.Create(CultureInfo.InvariantCulture, $"{bitsPerSample}-bit PCM")),
            _ => throw AudioErrors.UnsupportedFormat(string.Create(CultureInfo.InvariantCulture, $"{bitsPerSample}-bit float")),
        };

        if (blockAlign != channels * SampleDecoder.BytesPerSample(encoding))
        {
            throw AudioErrors.BlockAlignMismatch(blockAlign, channels, bitsPerSample);
        }

        return new WavFormat(encoding, channels, (int)sampleRate, blockAlign);
    }

    private static string DescribeFormatTag(ushort tag)
    {
        var name = tag switch
        {
            0x0000 => "onbekend formaat",
            0x0002 => "Microsoft ADPCM",
            0x0006 => "A-law",
            0x0007 => "µ-law (mu-law)",
            0x0011 => "IMA ADPCM",
            0x0031 => "GSM 6.10",
            0x0040 => "G.721 ADPCM",
            0x0050 => "MPEG-audio",
            0x0055 => "MP3",
            0x00FF => "AAC",
            0x0161 => "Windows Media Audio",
            0x2000 => "Dolby AC-3",
            0xF1AC => "FLAC",
            _ => "formaat",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{name} (formaatcode 0x{tag:X4})");
    }

    // RIFF chunks start on even offsets: an odd-sized chunk is followed by one pad byte.
    private static long PaddedSize(uint size) => size + (size & 1L);

    private static void Skip(Stream stream, long count)
    {
        if (count <= 0)
        {
            return;
        }

        if (stream.CanSeek)
        {
            // Past the end just means "no more chunks"; the caller then reports what is missing.
            stream.Position = Math.Min(stream.Position + count, stream.Length);
            return;
        }

        var scratch = ArrayPool<byte>.Shared.Rent((int)Math.Min(count, BlockBytes));
        try
        {
            while (count > 0)
            {
                var read = stream.Read(scratch, 0, (int)Math.Min(count, scratch.Length));
                if (read == 0)
                {
                    return;
                }

                count -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
