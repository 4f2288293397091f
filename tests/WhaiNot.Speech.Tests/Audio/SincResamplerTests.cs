using WhaiNot.Speech.Audio;

namespace WhaiNot.Speech.Tests.Audio;

public sealed class SincResamplerTests
{
    [Theory]
    [InlineData(48_000)]
    [InlineData(44_100)]
    [InlineData(8_000)]
    [InlineData(44_056)]
    public void Write_WhenFedInRandomBlocks_ShouldGiveTheSameOutputAsOneBlock(int sampleRate)
    {
        // Arrange
        var input = Signal.Sine(523, sampleRate, 1.7, 0.4);
        var whole = new SincResampler(sampleRate, 16_000, input.Length);
        var pieces = new SincResampler(sampleRate, 16_000);
        var random = new Random(42);

        // Act
        whole.Write(input);
        var expected = whole.Complete();
        var rest = input.AsSpan();
        while (!rest.IsEmpty)
        {
            var count = Math.Min(rest.Length, random.Next(1, 40_000));
            pieces.Write(rest[..count]);
            rest = rest[count..];
        }

        var actual = pieces.Complete();

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Complete_WhenNothingWritten_ShouldReturnNoSamples()
    {
        // Arrange
        var resampler = new SincResampler(48_000, 16_000);

        // Act
        var output = resampler.Complete();

        // Assert
        Assert.Empty(output);
    }

    [Fact]
    public void Write_AfterComplete_ShouldThrow()
    {
        // Arrange
        var resampler = new SincResampler(48_000, 16_000);
        resampler.Complete();

        // Act + Assert
        Assert.Throws<InvalidOperationException>(() => resampler.Write([1f]));
    }

    [Theory]
    [InlineData(3L, 48_000, 1L)]
    [InlineData(2L, 48_000, 1L)]
    [InlineData(1L, 48_000, 0L)]
    [InlineData(44_101L, 44_100, 16_000L)]
    [InlineData(1L, 8_000, 2L)]
    [InlineData(28_800_000L, 48_000, 9_600_000L)]
    public void OutputLength_WhenGivenInputLength_ShouldRoundToTheNearestOutputSample(long inputLength, int sourceRate, long expected)
    {
        // Act
        var length = SincResampler.OutputLength(inputLength, sourceRate, 16_000);

        // Assert
        Assert.Equal(expected, length);
    }
}
