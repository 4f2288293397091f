using WhaiNot.Domain.Transcripts;
using WhaiNot.Speech.Speakers;

namespace WhaiNot.Speech.Tests.Speakers;

/// <summary>
/// The built-in speaker features and clustering on controlled signals: two "voices" made of
/// harmonics of different pitch and timbre, so what must come out is known.
/// </summary>
public sealed class SpeakerAttributionUnitTests
{
    private static readonly MfccVoiceprintEmbedder Embedder = new();

    [Fact]
    public void Fft_ShouldPutASineIntoItsBin()
    {
        var real = new double[512];
        var imag = new double[512];
        for (var i = 0; i < real.Length; i++)
        {
            real[i] = Math.Sin(2 * Math.PI * 32 * i / 512);
        }

        Fft.Forward(real, imag);

        var magnitudes = real.Zip(imag, (r, m) => Math.Sqrt((r * r) + (m * m))).Take(256).ToList();
        Assert.Equal(32, magnitudes.IndexOf(magnitudes.Max()));
        Assert.InRange(magnitudes[32], 255, 257);
    }

    [Fact]
    public void Voiceprint_OfSilence_ShouldBeNull_AndOfAVoiceHaveMeansAndSpreads()
    {
        Assert.Null(Embedder.Embed(new float[16000]));

        var vector = Embedder.Embed(Voice(120, 0.6, seconds: 2, seed: 1))!;

        Assert.Equal(38, vector.Length);
        Assert.All(vector[19..], spread => Assert.True(spread >= 0));
    }

    [Fact]
    public void Distance_ShouldBeSmallerWithinAVoiceThanBetweenVoices()
    {
        var lowA = Embedder.Embed(Voice(110, 0.7, 2, seed: 1))!;
        var lowB = Embedder.Embed(Voice(110, 0.7, 2, seed: 2))!;
        var high = Embedder.Embed(Voice(220, 0.3, 2, seed: 3))!;

        Assert.Equal(0, Embedder.Distance(lowA, lowA), 6);
        Assert.True(Embedder.Distance(lowA, lowB) < Embedder.Distance(lowA, high));
        Assert.Equal(Embedder.Distance(lowA, high), Embedder.Distance(high, lowA), 6);
    }

    [Fact]
    public void Attributor_WithoutProfile_ShouldCallTheOpeningVoiceWorkerAndTheOtherClient()
    {
        var attributor = new SpeakerAttributor(Embedder, null, SpeakerClustering.DefaultSameVoiceDistance, 0.2);
        var guesses = new List<Speaker>();
        for (var turn = 0; turn < 8; turn++)
        {
            var worker = turn % 2 == 0;
            var samples = worker ? Voice(110, 0.7, 2, seed: turn) : Voice(230, 0.25, 2, seed: turn);
            guesses.Add(attributor.Next(Embedder.Embed(samples), []).Speaker);
        }

        Assert.Equal(Enumerable.Range(0, 8).Select(t => t % 2 == 0 ? Speaker.Worker : Speaker.Client), guesses);
    }

    [Fact]
    public void Attributor_WithProfile_ShouldFindTheWorkerEvenWhenTheClientSpeaksFirst()
    {
        var profile = Embedder.Embed(Voice(110, 0.7, 20, seed: 99));
        var attributor = new SpeakerAttributor(Embedder, profile, SpeakerClustering.DefaultSameVoiceDistance, 0.2);

        var first = attributor.Next(Embedder.Embed(Voice(230, 0.25, 2, seed: 1)), []);
        var second = attributor.Next(Embedder.Embed(Voice(110, 0.7, 2, seed: 2)), []);

        Assert.Equal(Speaker.Client, first.Speaker);
        Assert.Equal(Speaker.Worker, second.Speaker);
        Assert.Equal("profile", second.Source);
    }

    [Fact]
    public void Channel_WhenClear_ShouldDecideBeforeTheVoice()
    {
        var attributor = new SpeakerAttributor(Embedder, null, SpeakerClustering.DefaultSameVoiceDistance, 0.2);
        attributor.Next(Embedder.Embed(Voice(110, 0.7, 2, seed: 1)), []);

        var sameVoiceOnTheTableMicrophone = attributor.Next(Embedder.Embed(Voice(110, 0.7, 2, seed: 2)), Enumerable.Repeat(ChannelDominance.ClientChannel, 20).ToArray());
        var mixed = ChannelDominance.Decide([1, 2, 1, 2, 0, 0]);

        Assert.Equal(Speaker.Client, sameVoiceOnTheTableMicrophone.Speaker);
        Assert.Equal("channel", sameVoiceOnTheTableMicrophone.Source);
        Assert.Equal(ChannelDominance.Neither, mixed.Channel);
    }

    [Fact]
    public void ChannelDominance_OfStereo_ShouldNameTheLouderChannelPer100Ms()
    {
        var stereo = new float[2 * 3200];
        for (var i = 0; i < 1600; i++)
        {
            stereo[2 * i] = 0.5f * MathF.Sin(i * 0.1f);
            stereo[(2 * i) + 1] = 0.05f * MathF.Sin(i * 0.1f);
            stereo[2 * (1600 + i)] = 0.05f * MathF.Sin(i * 0.1f);
            stereo[(2 * (1600 + i)) + 1] = 0.5f * MathF.Sin(i * 0.1f);
        }

        Assert.Equal([ChannelDominance.WorkerChannel, ChannelDominance.ClientChannel], ChannelDominance.Of(stereo));
        Assert.Equal(ChannelDominance.Neither, ChannelDominance.Decide(0, 0));
    }

    [Fact]
    public void Settings_ShouldRefuseAnUnknownEmbedderOrAMissingOnnxRuntimeInDutch()
    {
        Assert.Contains("Onbekende", Assert.Throws<SpeakerModelException>(() => new SpeakerEmbedderSettings { Embedder = "x" }.Create()).Message, StringComparison.Ordinal);
        Assert.Contains("ONNX", Assert.Throws<SpeakerModelException>(() => new SpeakerEmbedderSettings { Embedder = "onnx", ModelPath = "/models/ecapa.onnx" }.Create()).Message, StringComparison.Ordinal);
        Assert.False(new SpeakerEmbedderSettings { Embedder = "off" }.Enabled);
        Assert.IsType<MfccVoiceprintEmbedder>(new SpeakerEmbedderSettings().Create());
    }

    /// <summary>A buzzy vowel-like sound: harmonics of <paramref name="pitch"/> Hz with a spectral tilt (timbre), a little vibrato and noise.</summary>
    private static float[] Voice(double pitch, double tilt, double seconds, int seed)
    {
        var random = new Random(seed);
        var samples = new float[(int)(seconds * 16000)];
        var phase = 0.0;
        for (var i = 0; i < samples.Length; i++)
        {
            var f0 = pitch * (1 + (0.03 * Math.Sin(2 * Math.PI * 5 * i / 16000.0)));
            phase += 2 * Math.PI * f0 / 16000;
            double value = 0;
            for (var h = 1; h * pitch < 7000; h++)
            {
                value += Math.Pow(tilt, h - 1) * Math.Sin(h * phase);
            }

            var envelope = 0.5 + (0.5 * Math.Sin(2 * Math.PI * 3 * i / 16000.0));
            samples[i] = (float)((0.2 * envelope * value) + (0.003 * ((random.NextDouble() * 2) - 1)));
        }

        return samples;
    }
}
