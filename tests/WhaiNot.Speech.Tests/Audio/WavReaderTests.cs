using WhaiNot.Speech.Audio;

namespace WhaiNot.Speech.Tests.Audio;

public sealed class WavReaderTests
{
    private const float Pcm16Step = 1f / 32768f;

    // Values on the 16-bit grid: every supported encoding holds them exactly.
    private static readonly float[] GridSamples = [0f, 0.5f, -0.5f, 0.25f, -1f, 32767f / 32768f, -0.125f, 3f / 32768f];

    [Fact]
    public void Read_WhenPcm16Mono16k_ShouldRoundTripWithinOneStep()
    {
        // Arrange
        var random = new Random(1234);
        var samples = new float[16_000];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)((random.NextDouble() * 2) - 1);
        }

        samples[0] = 1f;
        samples[1] = -1f;
        var wav = Signal.ToWav(samples, 16_000, 1);

        // Act
        var audio = WavReader.Read(new MemoryStream(wav));

        // Assert
        Assert.Equal(16_000, audio.SampleRate);
        Assert.Equal(1, audio.Channels);
        Assert.Equal(samples.Length, audio.Samples.Length);
        for (var i = 0; i < samples.Length; i++)
        {
            Assert.InRange(Math.Abs(audio.Samples[i] - samples[i]), 0f, Pcm16Step);
        }
    }

    [Theory]
    [InlineData("pcm16")]
    [InlineData("pcm24")]
    [InlineData("pcm32")]
    [InlineData("float32")]
    [InlineData("float64")]
    [InlineData("extensible-pcm16")]
    [InlineData("extensible-pcm24")]
    [InlineData("extensible-pcm32")]
    [InlineData("extensible-float32")]
    [InlineData("writer-float32")]
    public void Read_WhenSameSamplesInAnyEncoding_ShouldDecodeIdentically(string encoding)
    {
        // Arrange
        var stereo = Signal.Interleave(GridSamples, GridSamples.Reverse().ToArray());
        var wav = encoding switch
        {
            "pcm16" => RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 2, 44_100, 16), RawWav.Data(RawWav.EncodePcm(stereo, 16))),
            "pcm24" => RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 2, 44_100, 24), RawWav.Data(RawWav.EncodePcm(stereo, 24))),
            "pcm32" => RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 2, 44_100, 32), RawWav.Data(RawWav.EncodePcm(stereo, 32))),
            "float32" => RawWav.Riff(RawWav.Fmt(RawWav.IeeeFloat, 2, 44_100, 32), RawWav.Data(RawWav.EncodeFloat32(stereo))),
            "float64" => RawWav.Riff(RawWav.Fmt(RawWav.IeeeFloat, 2, 44_100, 64), RawWav.Data(RawWav.EncodeFloat64(stereo))),
            "extensible-pcm16" => RawWav.Riff(RawWav.FmtExtensible(RawWav.Pcm, 2, 44_100, 16), RawWav.Data(RawWav.EncodePcm(stereo, 16))),
            "extensible-pcm24" => RawWav.Riff(RawWav.FmtExtensible(RawWav.Pcm, 2, 44_100, 24), RawWav.Data(RawWav.EncodePcm(stereo, 24))),
            "extensible-pcm32" => RawWav.Riff(RawWav.FmtExtensible(RawWav.Pcm, 2, 44_100, 32), RawWav.Data(RawWav.EncodePcm(stereo, 32))),
            "extensible-float32" => RawWav.Riff(RawWav.FmtExtensible(RawWav.IeeeFloat, 2, 44_100, 32), RawWav.Data(RawWav.EncodeFloat32(stereo))),
            "writer-float32" => Signal.ToWav(stereo, 44_100, 2, asFloat: true),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };

        // Act
        var audio = WavReader.Read(new MemoryStream(wav));

        // Assert
        Assert.Equal(44_100, audio.SampleRate);
        Assert.Equal(2, audio.Channels);
        Assert.Equal(stereo, audio.Samples);
    }

    [Fact]
    public void Read_When24BitNegativeValues_ShouldSignExtend()
    {
        // Arrange: 0x800000 is the most negative 24-bit value, 0xFFFFFF is -1 step.
        byte[] data = [0x00, 0x00, 0x80, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F];
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 48_000, 24), RawWav.Chunk("data", data));

        // Act
        var audio = WavReader.Read(new MemoryStream(wav));

        // Assert
        Assert.Equal([-1f, -1f / 8388608f, 8388607f / 8388608f], audio.Samples);
    }

    [Fact]
    public void Read_WhenStereo_ShouldKeepChannelsInterleaved()
    {
        // Arrange
        float[] stereo = [0.5f, -0.5f, 0.25f, -0.25f];
        var wav = Signal.ToWav(stereo, 48_000, 2);

        // Act
        var audio = WavReader.Read(new MemoryStream(wav));

        // Assert
        Assert.Equal(stereo, audio.Samples);
        Assert.Equal(2, audio.FrameCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WhenListChunkAroundFmt_ShouldSkipIt(bool forwardOnly)
    {
        // Arrange
        var list = RawWav.Chunk("LIST", "INFOISFT\u000e\0\0\0Lavf58.76.100\0"u8.ToArray());
        var wav = RawWav.Riff(list, RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16), list, RawWav.Data(RawWav.EncodePcm(GridSamples, 16)));

        // Act
        var audio = WavReader.Read(Open(wav, forwardOnly));

        // Assert
        Assert.Equal(GridSamples, audio.Samples);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WhenOddSizedChunkWithPadByte_ShouldSkipPadToo(bool forwardOnly)
    {
        // Arrange: a 3-byte chunk is followed by one pad byte; without honouring it "data" would be misread.
        var odd = RawWav.Chunk("abcd", [1, 2, 3]);
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16), odd, RawWav.Chunk("JUNK", new byte[5]), RawWav.Data(RawWav.EncodePcm(GridSamples, 16)));

        // Act
        var audio = WavReader.Read(Open(wav, forwardOnly));

        // Assert
        Assert.Equal(8 + 3 + 1, odd.Length);
        Assert.Equal(GridSamples, audio.Samples);
    }

    [Fact]
    public void Read_WhenOddSizedDataChunkIsFollowedByPadAndList_ShouldReadOnlyTheAudio()
    {
        // Arrange: 24-bit mono with an odd number of frames makes an odd data size.
        float[] samples = [0.5f, -0.5f, 0.25f];
        var wav = RawWav.Riff(
            RawWav.Fmt(RawWav.Pcm, 1, 16_000, 24),
            RawWav.Chunk("data", RawWav.EncodePcm(samples, 24)),
            RawWav.Chunk("LIST", new byte[10]));

        // Act
        var audio = WavReader.Read(new MemoryStream(wav));

        // Assert
        Assert.Equal(samples, audio.Samples);
    }

    [Fact]
    public void Read_WhenDataChunkBeforeFmtOnSeekableStream_ShouldGoBackForIt()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Chunk("data", RawWav.EncodePcm(GridSamples, 16)), RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16));

        // Act
        var audio = WavReader.Read(new MemoryStream(wav));

        // Assert
        Assert.Equal(GridSamples, audio.Samples);
    }

    [Fact]
    public void Read_WhenDataChunkBeforeFmtOnForwardOnlyStream_ShouldThrowDutchMessage()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Chunk("data", RawWav.EncodePcm(GridSamples, 16)), RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new ForwardOnlyStream(wav)));

        // Assert
        Assert.Contains("voor de formaatbeschrijving", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenStreamingDataChunkComesBeforeFmt_ShouldSayFmtIsMissing()
    {
        // Arrange: audio that runs to the end of the file leaves no room for a fmt chunk after it.
        var wav = RawWav.Riff(RawWav.Data(RawWav.EncodePcm(GridSamples, 16), declaredSize: 0));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Contains("geen fmt-chunk", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0u, false)]
    [InlineData(0u, true)]
    [InlineData(0xFFFFFFFFu, false)]
    [InlineData(0xFFFFFFFFu, true)]
    public void Read_WhenDataSizeIsStreamingPlaceholder_ShouldReadToEndOfStream(uint placeholder, bool forwardOnly)
    {
        // Arrange: enough samples to need several blocks.
        var samples = Signal.Sine(440, 48_000, 1.5);
        var pcm = RawWav.EncodePcm(samples, 16);
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 48_000, 16), RawWav.Data(pcm, placeholder));

        // Act
        var audio = WavReader.Read(Open(wav, forwardOnly));

        // Assert
        Assert.Equal(samples.Length, audio.Samples.Length);
        Assert.Equal(WavReader.Read(new MemoryStream(RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 48_000, 16), RawWav.Data(pcm)))).Samples, audio.Samples);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WhenStreamingPlaceholderEndsInPartialFrame_ShouldDropThePartialFrame(bool forwardOnly)
    {
        // Arrange: stereo 16-bit, then three stray bytes of a frame that was being written.
        var pcm = RawWav.EncodePcm([0.5f, -0.5f, 0.25f, -0.25f], 16).Concat(new byte[] { 1, 2, 3 }).ToArray();
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 2, 16_000, 16), RawWav.Data(pcm, 0));

        // Act
        var audio = WavReader.Read(Open(wav, forwardOnly));

        // Assert
        Assert.Equal([0.5f, -0.5f, 0.25f, -0.25f], audio.Samples);
    }

    [Theory]
    [InlineData(new byte[] { 0x4F, 0x67, 0x67, 0x53, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x52, 0x49, 0x46 })]
    [InlineData(new byte[0])]
    public void Read_WhenNotRiffWave_ShouldThrowDutchMessage(byte[] bytes)
    {
        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(bytes)));

        // Assert
        Assert.Equal("Dit bestand is geen WAV-bestand (RIFF/WAVE ontbreekt).", exception.Message);
    }

    [Fact]
    public void Read_WhenRiffButNotWave_ShouldThrowNotWav()
    {
        // Arrange
        var avi = RawWav.Container("RIFF", "AVI ", RawWav.Chunk("LIST", new byte[4]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(avi)));

        // Assert
        Assert.Contains("geen WAV-bestand", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RF64")]
    [InlineData("BW64")]
    public void Read_WhenRf64_ShouldSayItIsNotSupported(string magic)
    {
        // Arrange
        var wav = RawWav.Container(magic, "WAVE", RawWav.Chunk("ds64", new byte[28]), RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16), RawWav.Data(new byte[4]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Contains("RF64", exception.Message, StringComparison.Ordinal);
        Assert.Contains("niet ondersteund", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenBigEndianRifx_ShouldSayItIsNotSupported()
    {
        // Arrange
        var wav = RawWav.Container("RIFX", "WAVE", RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16), RawWav.Data(new byte[4]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Contains("RIFX", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WhenFmtChunkMissing_ShouldThrowDutchMessage(bool forwardOnly)
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Chunk("LIST", new byte[6]), RawWav.Chunk("data", new byte[8]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(Open(wav, forwardOnly)));

        // Assert
        Assert.Contains(forwardOnly ? "voor de formaatbeschrijving" : "geen fmt-chunk", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenOnlyHeaderAndList_ShouldSayFmtIsMissing()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Chunk("LIST", new byte[6]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new ForwardOnlyStream(wav)));

        // Assert
        Assert.Equal("Het WAV-bestand heeft geen fmt-chunk: er staat niet in hoe de audio opgeslagen is.", exception.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WhenDataChunkMissing_ShouldThrowDutchMessage(bool forwardOnly)
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16), RawWav.Chunk("LIST", new byte[6]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(Open(wav, forwardOnly)));

        // Assert
        Assert.Equal("Het WAV-bestand heeft geen data-chunk: er staat geen audio in.", exception.Message);
    }

    [Fact]
    public void Read_When8BitPcm_ShouldThrowDutchMessage()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 8_000, 8), RawWav.Data([128, 129]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Equal("WAV-formaat niet ondersteund: 8-bit PCM. Gebruik PCM 16, 24 of 32 bit of 32-bit float.", exception.Message);
    }

    [Theory]
    [InlineData(0x0006, 8, "A-law (formaatcode 0x0006)")]
    [InlineData(0x0007, 8, "µ-law (mu-law) (formaatcode 0x0007)")]
    [InlineData(0x0002, 4, "Microsoft ADPCM (formaatcode 0x0002)")]
    [InlineData(0x0011, 4, "IMA ADPCM (formaatcode 0x0011)")]
    [InlineData(0x0055, 0, "MP3 (formaatcode 0x0055)")]
    [InlineData(0x0050, 0, "MPEG-audio (formaatcode 0x0050)")]
    [InlineData(0x1234, 16, "formaat (formaatcode 0x1234)")]
    public void Read_WhenCompressedFormat_ShouldNameTheFormatTag(int formatTag, int bits, string expected)
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt((ushort)formatTag, 1, 8_000, bits, blockAlign: 1), RawWav.Data(new byte[16]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Equal($"WAV-formaat niet ondersteund: {expected}. Gebruik PCM 16, 24 of 32 bit of 32-bit float.", exception.Message);
    }

    [Fact]
    public void Read_WhenExtensibleWithMuLawSubFormat_ShouldNameTheSubFormat()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.FmtExtensible(0x0007, 1, 8_000, 8), RawWav.Data(new byte[16]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Contains("µ-law (mu-law) (formaatcode 0x0007) in WAVE_FORMAT_EXTENSIBLE", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RawWav.Pcm, 12, "12-bit PCM")]
    [InlineData(RawWav.Pcm, 20, "20-bit PCM")]
    [InlineData(RawWav.IeeeFloat, 16, "16-bit float")]
    [InlineData(RawWav.IeeeFloat, 24, "24-bit float")]
    public void Read_WhenUnsupportedBitDepth_ShouldNameIt(ushort formatTag, int bits, string expected)
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(formatTag, 1, 16_000, bits, blockAlign: 4), RawWav.Data(new byte[16]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.StartsWith($"WAV-formaat niet ondersteund: {expected}.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenExtensibleFmtTooShort_ShouldThrowDutchMessage()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Extensible, 1, 16_000, 16), RawWav.Data(new byte[4]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Contains("WAVE_FORMAT_EXTENSIBLE", exception.Message, StringComparison.Ordinal);
        Assert.Contains("te kort", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenFmtChunkTooShort_ShouldThrowDutchMessage()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Chunk("fmt ", new byte[12]), RawWav.Data(new byte[4]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Equal("De fmt-chunk van het WAV-bestand is te kort (12 bytes, minstens 16 nodig).", exception.Message);
    }

    [Fact]
    public void Read_WhenFileEndsInsideFmtChunk_ShouldSayItIsTruncated()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16))[..30];

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Contains("afgekapt", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenBlockAlignInconsistent_ShouldThrowDutchMessage()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 2, 16_000, 16, blockAlign: 2), RawWav.Data(new byte[8]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Equal(
            "Het WAV-bestand spreekt zichzelf tegen: 2 kanalen van 16 bit vragen 4 bytes per frame, maar de block align zegt 2.",
            exception.Message);
    }

    [Fact]
    public void Read_WhenDataIsNotWholeFrames_ShouldSaySo()
    {
        // Arrange: stereo 16-bit is 4 bytes a frame; 10 bytes is two and a half frames.
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 2, 16_000, 16), RawWav.Chunk("data", new byte[10]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Contains("10 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Contains("geen geheel aantal frames", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WhenDataChunkIsTruncated_ShouldTellHowMuchIsThere(bool forwardOnly)
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16), RawWav.Data(new byte[1000], declaredSize: 123456));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(Open(wav, forwardOnly)));

        // Assert
        Assert.Equal("Het WAV-bestand is afgekapt: de data-chunk zegt 123456 bytes, er zijn er 1000.", exception.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadMono16k_WhenDataChunkIsTruncated_ShouldTellHowMuchIsThere(bool forwardOnly)
    {
        // Arrange: long enough that the forward-only reader has converted blocks before it notices.
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 48_000, 16), RawWav.Data(new byte[200_000], declaredSize: 300_000));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.ReadMono16k(Open(wav, forwardOnly)));

        // Assert
        Assert.Equal("Het WAV-bestand is afgekapt: de data-chunk zegt 300000 bytes, er zijn er 200000.", exception.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WhenNoFrames_ShouldThrowDutchMessage(bool forwardOnly)
    {
        // Arrange: a data size of 0 means "read to the end", and the end is right there.
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 16_000, 16), RawWav.Data([]));

        // Act
        var read = Assert.Throws<AudioFormatException>(() => WavReader.Read(Open(wav, forwardOnly)));
        var readMono = Assert.Throws<AudioFormatException>(() => WavReader.ReadMono16k(Open(wav, forwardOnly)));

        // Assert
        Assert.Equal("Het WAV-bestand bevat geen audio (0 frames).", read.Message);
        Assert.Equal(read.Message, readMono.Message);
    }

    [Fact]
    public void Read_WhenSampleRateIsZero_ShouldThrowDutchMessage()
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, 0, 16), RawWav.Data(new byte[4]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Equal("Samplefrequentie 0 Hz is ongeldig.", exception.Message);
    }

    [Theory]
    [InlineData(4_000)]
    [InlineData(7_999)]
    [InlineData(192_001)]
    [InlineData(384_000)]
    public void Read_WhenSampleRateOutsideRange_ShouldThrowDutchMessage(int sampleRate)
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, 1, sampleRate, 16), RawWav.Data(new byte[4]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Equal($"Samplefrequentie {sampleRate} Hz wordt niet ondersteund. Gebruik 8 000 tot 192 000 Hz.", exception.Message);
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(11_025)]
    [InlineData(192_000)]
    public void Read_WhenSampleRateAtOrInsideLimits_ShouldAccept(int sampleRate)
    {
        // Arrange
        var wav = Signal.ToWav(GridSamples, sampleRate, 1);

        // Act
        var audio = WavReader.Read(new MemoryStream(wav));

        // Assert
        Assert.Equal(sampleRate, audio.SampleRate);
    }

    [Theory]
    [InlineData(0, "Aantal kanalen 0 is ongeldig.")]
    [InlineData(9, "WAV-bestanden met 9 kanalen worden niet ondersteund (maximaal 8).")]
    public void Read_WhenChannelCountUnsupported_ShouldThrowDutchMessage(int channels, string expected)
    {
        // Arrange
        var wav = RawWav.Riff(RawWav.Fmt(RawWav.Pcm, channels, 16_000, 16, blockAlign: 2), RawWav.Data(new byte[36]));

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => WavReader.Read(new MemoryStream(wav)));

        // Assert
        Assert.Equal(expected, exception.Message);
    }

    [Fact]
    public void Read_WhenEightChannels_ShouldAccept()
    {
        // Arrange
        var samples = Enumerable.Range(0, 8 * 3).Select(i => i / 64f).ToArray();
        var wav = Signal.ToWav(samples, 48_000, 8);

        // Act
        var audio = WavReader.Read(new MemoryStream(wav));

        // Assert
        Assert.Equal(8, audio.Channels);
        Assert.Equal(samples, audio.Samples);
    }

    [Fact]
    public void Read_WhenFloatSamplesAreNotFinite_ShouldReplaceThem()
    {
        // Arrange
        float[] samples = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1.5f];
        var wav = Signal.ToWav(samples, 16_000, 1, asFloat: true);

        // Act
        var audio = WavReader.Read(new MemoryStream(wav));

        // Assert: over-range but finite values are kept; clamping is the converter's job.
        Assert.Equal([0f, 1f, -1f, 1.5f], audio.Samples);
    }

    [Fact]
    public void Read_WhenGivenPath_ShouldDecodeTheFile()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), $"whainot-{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(path, Signal.ToWav(GridSamples, 16_000, 1));
        try
        {
            // Act
            var audio = WavReader.Read(path);
            var mono = WavReader.ReadMono16k(path);

            // Assert
            Assert.Equal(GridSamples, audio.Samples);
            Assert.Equal(GridSamples, mono);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(48_000, 2, false)]
    [InlineData(48_000, 2, true)]
    [InlineData(44_100, 1, false)]
    [InlineData(16_000, 2, true)]
    [InlineData(8_000, 6, false)]
    public void ReadMono16k_WhenGivenWav_ShouldMatchReadThenConvert(int sampleRate, int channels, bool forwardOnly)
    {
        // Arrange
        var tones = Enumerable.Range(0, channels).Select(c => Signal.Sine(300 + (200 * c), sampleRate, 2.3, 0.3)).ToArray();
        var wav = Signal.ToWav(Signal.Interleave(tones), sampleRate, channels);
        var expected = AudioConverter.ToMono16k(WavReader.Read(new MemoryStream(wav)));

        // Act
        var mono = WavReader.ReadMono16k(Open(wav, forwardOnly));

        // Assert
        Assert.Equal(expected, mono);
    }

    [Fact]
    public void Read_WhenDone_ShouldLeaveStreamOpen()
    {
        // Arrange
        using var stream = new MemoryStream(Signal.ToWav(GridSamples, 16_000, 1));

        // Act
        WavReader.Read(stream);

        // Assert
        Assert.True(stream.CanRead);
    }

    private static Stream Open(byte[] wav, bool forwardOnly) =>
        forwardOnly ? new ForwardOnlyStream(wav, maxBytesPerRead: 777) : new MemoryStream(wav);
}
