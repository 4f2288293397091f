using WhaiNot.Speech.Audio;

namespace WhaiNot.Speech.Tests.Audio;

public sealed class PcmAudioTests
{
    [Fact]
    public void Duration_WhenStereo_ShouldCountFramesNotSamples()
    {
        // Arrange
        var audio = new PcmAudio(new float[48_000 * 2 * 3], 48_000, 2);

        // Act
        var duration = audio.Duration;

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(3), duration);
        Assert.Equal(144_000, audio.FrameCount);
    }

    [Fact]
    public void Constructor_WhenSampleRateIsZero_ShouldThrowDutchMessage()
    {
        // Act
        var exception = Assert.Throws<AudioFormatException>(() => new PcmAudio(new float[2], 0, 1));

        // Assert
        Assert.Equal("Samplefrequentie 0 Hz is ongeldig.", exception.Message);
    }

    [Fact]
    public void Constructor_WhenNoChannels_ShouldThrowDutchMessage()
    {
        // Act
        var exception = Assert.Throws<AudioFormatException>(() => new PcmAudio(new float[2], 16_000, 0));

        // Assert
        Assert.Equal("Aantal kanalen 0 is ongeldig.", exception.Message);
    }

    [Fact]
    public void Constructor_WhenNotWholeFrames_ShouldThrowDutchMessage()
    {
        // Act
        var exception = Assert.Throws<AudioFormatException>(() => new PcmAudio(new float[3], 16_000, 2));

        // Assert
        Assert.Contains("geen geheel aantal frames", exception.Message, StringComparison.Ordinal);
    }
}
