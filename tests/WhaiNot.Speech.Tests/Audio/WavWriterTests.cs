using System.Buffers.Binary;
using WhaiNot.Speech.Audio;

namespace WhaiNot.Speech.Tests.Audio;

public sealed class WavWriterTests
{
    [Fact]
    public void WritePcm16_WhenMono16k_ShouldWriteCanonical44ByteHeader()
    {
        // Arrange
        using var stream = new MemoryStream();

        // Act
        WavWriter.WritePcm16(stream, [0f, 0.5f, -0.5f], 16_000, 1);

        // Assert
        var bytes = stream.ToArray();
        Assert.Equal(44 + 6, bytes.Length);
        Assert.Equal("RIFF"u8.ToArray(), bytes[..4]);
        Assert.Equal(42u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal("WAVEfmt "u8.ToArray(), bytes[8..16]);
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(16)));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(22)));
        Assert.Equal(16_000u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(24)));
        Assert.Equal(32_000u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(28)));
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(32)));
        Assert.Equal(16, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(34)));
        Assert.Equal("data"u8.ToArray(), bytes[36..40]);
        Assert.Equal(6u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40)));
        Assert.Equal(16384, BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(46)));
    }

    [Fact]
    public void WritePcm16_WhenSamplesOutOfRange_ShouldClamp()
    {
        // Arrange
        using var stream = new MemoryStream();

        // Act
        WavWriter.WritePcm16(stream, [1.5f, -2f, 1f, float.NaN], 16_000, 1);

        // Assert
        var data = stream.ToArray().AsSpan(44);
        Assert.Equal(short.MaxValue, BinaryPrimitives.ReadInt16LittleEndian(data));
        Assert.Equal(short.MinValue, BinaryPrimitives.ReadInt16LittleEndian(data[2..]));
        Assert.Equal(short.MaxValue, BinaryPrimitives.ReadInt16LittleEndian(data[4..]));
        Assert.Equal(0, BinaryPrimitives.ReadInt16LittleEndian(data[6..]));
    }

    [Fact]
    public void WriteFloat32_WhenStereo_ShouldWriteFloatFormatWithFactChunk()
    {
        // Arrange
        using var stream = new MemoryStream();

        // Act
        WavWriter.WriteFloat32(stream, [0.25f, -0.75f, 1.5f, 0f], 48_000, 2);

        // Assert
        var bytes = stream.ToArray();
        Assert.Equal(3, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)));
        Assert.Equal(18u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(16)));
        Assert.Equal("fact"u8.ToArray(), bytes[38..42]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(46)));
        Assert.Equal((uint)(bytes.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        var audio = WavReader.Read(new MemoryStream(bytes));
        Assert.Equal([0.25f, -0.75f, 1.5f, 0f], audio.Samples);
    }

    [Fact]
    public void WritePcm16_WhenLongerThanOneBlock_ShouldWriteEverySample()
    {
        // Arrange
        var samples = Signal.Sine(440, 16_000, 5);
        using var stream = new MemoryStream();

        // Act
        WavWriter.WritePcm16(stream, samples, 16_000, 1);

        // Assert
        Assert.Equal(44 + (samples.Length * 2), stream.Length);
        stream.Position = 0;
        Assert.Equal(samples.Length, WavReader.Read(stream).Samples.Length);
    }

    [Fact]
    public void WritePcm16_WhenNotWholeFrames_ShouldThrow()
    {
        // Arrange
        using var stream = new MemoryStream();

        // Act + Assert
        Assert.Throws<ArgumentException>(() => WavWriter.WritePcm16(stream, [0f, 0f, 0f], 16_000, 2));
    }
}
