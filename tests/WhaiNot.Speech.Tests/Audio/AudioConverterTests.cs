using WhaiNot.Speech.Audio;

namespace WhaiNot.Speech.Tests.Audio;

public sealed class AudioConverterTests
{
    private const int Target = AudioConverter.TargetSampleRate;

    [Fact]
    public void ToMono16k_WhenAlready16kMono_ShouldPassThroughClamped()
    {
        // Arrange
        float[] samples = [0.25f, -0.5f, 1.5f, -3f, float.NaN, 0f];
        var audio = new PcmAudio(samples, Target, 1);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert
        Assert.Equal([0.25f, -0.5f, 1f, -1f, 0f, 0f], mono);
        Assert.NotSame(samples, mono);
        Assert.Equal(1.5f, samples[2]);
    }

    [Theory]
    [InlineData(16_000)]
    [InlineData(48_000)]
    [InlineData(44_100)]
    public void ToMono16k_WhenStereoChannelsCancel_ShouldAverageToSilence(int sampleRate)
    {
        // Arrange
        var frames = sampleRate / 2;
        var left = Enumerable.Repeat(0.5f, frames).ToArray();
        var right = Enumerable.Repeat(-0.5f, frames).ToArray();
        var audio = new PcmAudio(Signal.Interleave(left, right), sampleRate, 2);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert
        Assert.Equal(Target / 2, mono.Length);
        Assert.All(mono, sample => Assert.InRange(sample, -1e-6f, 1e-6f));
    }

    [Fact]
    public void ToMono16k_WhenStereoDiffers_ShouldAverageChannels()
    {
        // Arrange
        var audio = new PcmAudio([0.5f, 0.3f, -1f, 0f, 1f, 1f], Target, 2);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert
        Assert.Equal(0.4f, mono[0], 1e-6f);
        Assert.Equal(-0.5f, mono[1], 1e-6f);
        Assert.Equal(1f, mono[2], 1e-6f);
    }

    [Fact]
    public void ToMono16k_WhenSixChannels_ShouldAverageAllOfThem()
    {
        // Arrange
        var audio = new PcmAudio([0.6f, 0f, 0f, 0f, 0f, 0f, -0.6f, 0.6f, 0f, 0f, 0f, 0f], Target, 6);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert
        Assert.Equal(0.1f, mono[0], 1e-6f);
        Assert.Equal(0f, mono[1], 1e-6f);
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(11_025)]
    [InlineData(22_050)]
    [InlineData(32_000)]
    [InlineData(44_100)]
    [InlineData(48_000)]
    [InlineData(96_000)]
    [InlineData(192_000)]
    [InlineData(44_056)]
    [InlineData(12_347)]
    public void ToMono16k_When1kHzSine_ShouldKeepFrequencyAmplitudeAndDuration(int sampleRate)
    {
        // Arrange: 3 s of a 1 kHz tone at half scale.
        var sine = Signal.Sine(1_000, sampleRate, 3);
        var audio = new PcmAudio(sine, sampleRate, 1);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert: duration within one output sample.
        var expectedLength = (double)sine.Length * Target / sampleRate;
        Assert.InRange(mono.Length, expectedLength - 1, expectedLength + 1);

        // One second from the middle, away from the filter's run-in and run-out: 1 kHz is 2000 zero crossings.
        var middle = mono.AsSpan(Target, Target);
        Assert.InRange(Signal.ZeroCrossings(middle), 1999, 2001);
        Assert.InRange(Signal.Amplitude(middle, 1_000, Target), 0.49, 0.51);
        Assert.InRange(Signal.Rms(middle), 0.5 / Math.Sqrt(2) * 0.99, 0.5 / Math.Sqrt(2) * 1.01);
    }

    [Theory]
    [InlineData(48_000, 7_000)]
    [InlineData(44_100, 7_000)]
    [InlineData(8_000, 3_500)]
    public void ToMono16k_WhenToneBelowNyquist_ShouldSurvive(int sampleRate, int frequency)
    {
        // Arrange
        var audio = new PcmAudio(Signal.Sine(frequency, sampleRate, 2), sampleRate, 1);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert: within 2% of the input amplitude.
        var middle = mono.AsSpan(Target / 2, Target);
        Assert.InRange(Signal.Amplitude(middle, frequency, Target), 0.49, 0.51);
    }

    [Theory]
    [InlineData(48_000, 12_000)]
    [InlineData(48_000, 9_000)]
    [InlineData(44_100, 10_000)]
    [InlineData(96_000, 20_000)]
    public void ToMono16k_WhenToneAboveTargetNyquist_ShouldBeAttenuatedAtLeast40Decibels(int sampleRate, int frequency)
    {
        // Arrange
        var audio = new PcmAudio(Signal.Sine(frequency, sampleRate, 2), sampleRate, 1);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert: what is left (mostly the alias at |16 kHz - f|) is at least 40 dB below the input.
        var middle = mono.AsSpan(Target / 2, Target);
        var inputRms = 0.5 / Math.Sqrt(2);
        var attenuationDb = 20 * Math.Log10(inputRms / Signal.Rms(middle));
        Assert.True(attenuationDb >= 40, $"Only {attenuationDb:F1} dB down.");
    }

    [Fact]
    public void ToMono16k_WhenUpsampling8k_ShouldNotCreateImages()
    {
        // Arrange: going up, a 3 kHz tone would mirror to 5 kHz without the low-pass filter.
        var audio = new PcmAudio(Signal.Sine(3_000, 8_000, 2), 8_000, 1);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert
        var middle = mono.AsSpan(Target / 2, Target);
        Assert.InRange(Signal.Amplitude(middle, 3_000, Target), 0.49, 0.51);
        Assert.InRange(Signal.Amplitude(middle, 5_000, Target), 0, 0.005);
    }

    [Fact]
    public void ToMono16k_WhenConstantLevel_ShouldKeepTheLevel()
    {
        // Arrange
        var audio = new PcmAudio(Enumerable.Repeat(0.5f, 44_100).ToArray(), 44_100, 1);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert: away from the edges, where the signal starts and stops, DC passes unchanged.
        Assert.All(mono[1000..^1000], sample => Assert.InRange(sample, 0.4999f, 0.5001f));
    }

    [Fact]
    public void ToMono16k_WhenFullScaleSquareWave_ShouldStayWithinMinusOneAndOne()
    {
        // Arrange: band-limiting a hard edge overshoots (Gibbs); the output must still be clamped.
        var square = Enumerable.Range(0, 48_000).Select(i => (i / 100) % 2 == 0 ? 1f : -1f).ToArray();
        var audio = new PcmAudio(square, 48_000, 1);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert
        Assert.All(mono, sample => Assert.InRange(sample, -1f, 1f));
    }

    [Fact]
    public void ToMono16k_WhenSingleSample_ShouldReturnItsDuration()
    {
        // Arrange
        var audio = new PcmAudio([0.5f, 0.5f, 0.5f], 48_000, 1);

        // Act
        var mono = AudioConverter.ToMono16k(audio);

        // Assert
        Assert.Single(mono);
    }

    [Theory]
    [InlineData(4_000)]
    [InlineData(400_000)]
    public void ToMono16k_WhenSampleRateOutsideRange_ShouldThrowDutchMessage(int sampleRate)
    {
        // Arrange
        var audio = new PcmAudio(new float[10], sampleRate, 1);

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => AudioConverter.ToMono16k(audio));

        // Assert
        Assert.Contains($"Samplefrequentie {sampleRate} Hz wordt niet ondersteund", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMono16k_WhenTenMinutes48kStereo_ShouldComplete()
    {
        // Arrange: a 10-minute recording; a quadratic step anywhere would not finish. Speed is for benchmarks.
        const int SampleRate = 48_000;
        var oneSecond = Signal.Interleave(Signal.Sine(440, SampleRate, 1, 0.3), Signal.Sine(660, SampleRate, 1, 0.3));
        var samples = new float[oneSecond.Length * 600];
        for (var second = 0; second < 600; second++)
        {
            oneSecond.CopyTo(samples, second * oneSecond.Length);
        }

        var wav = Signal.ToWav(samples, SampleRate, 2);

        // Act
        var mono = WavReader.ReadMono16k(new MemoryStream(wav));

        // Assert
        Assert.Equal(600 * Target, mono.Length);
    }

    [Fact]
    public void FromPcm16_WhenLittleEndianBytes_ShouldScaleToPlusMinusOne()
    {
        // Arrange
        byte[] bytes = [0x00, 0x80, 0xFF, 0x7F, 0x00, 0x00, 0x00, 0x40, 0xFF, 0xFF];

        // Act
        var samples = AudioConverter.FromPcm16(bytes);

        // Assert
        Assert.Equal([-1f, 32767f / 32768f, 0f, 0.5f, -1f / 32768f], samples);
    }

    [Fact]
    public void FromPcm16Samples_ShouldScaleLikeTheByteForm()
    {
        // Arrange
        short[] pcm = [short.MinValue, -16384, 0, 16384, short.MaxValue];
        var bytes = new byte[pcm.Length * 2];
        for (var i = 0; i < pcm.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), pcm[i]);
        }

        // Act
        var samples = AudioConverter.FromPcm16Samples(pcm);

        // Assert
        Assert.Equal(AudioConverter.FromPcm16(bytes), samples);
        Assert.Equal(-1f, samples[0]);
        Assert.Equal(0.5f, samples[3]);
    }

    [Fact]
    public void FromPcm16_WhenEmpty_ShouldReturnNoSamples()
    {
        // Act
        var samples = AudioConverter.FromPcm16([]);

        // Assert
        Assert.Empty(samples);
    }

    [Fact]
    public void FromPcm16_WhenOddByteCount_ShouldThrowDutchMessage()
    {
        // Arrange
        byte[] bytes = [0x00, 0x80, 0xFF];

        // Act
        var exception = Assert.Throws<AudioFormatException>(() => AudioConverter.FromPcm16(bytes));

        // Assert
        Assert.Contains("oneven aantal bytes", exception.Message, StringComparison.Ordinal);
    }
}
