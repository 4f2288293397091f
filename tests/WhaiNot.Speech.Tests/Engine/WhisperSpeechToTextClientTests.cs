using Microsoft.Extensions.AI;
using WhaiNot.Native.Whisper;
using WhaiNot.Speech.Audio;
using WhaiNot.Speech.Engine;
using WhaiNot.TestSupport;

namespace WhaiNot.Speech.Tests.Engine;

/// <summary>The speech-to-text client over the real whisper.cpp library and the self-made model.</summary>
public sealed class WhisperSpeechToTextClientTests : IDisposable
{
    private readonly WhisperModel _model;

    public WhisperSpeechToTextClientTests()
    {
        TestRuntime.Get();
        _model = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);
    }

    public void Dispose() => _model.Dispose();

    [Fact]
    public async Task GetText_FromStereo44kWav_ShouldReturnSegmentsWithTimes()
    {
        using ISpeechToTextClient client = new WhisperSpeechToTextClient(_model, threads: 2);
        using var wav = new MemoryStream();
        WavWriter.WritePcm16(wav, Tone(44100, channels: 2, seconds: 3), 44100, 2);
        wav.Position = 0;

        var response = await client.GetTextAsync(wav, new SpeechToTextOptions { SpeechLanguage = "nl" });

        Assert.Equal("nl", response.AdditionalProperties?["language"]);
        Assert.All(response.Contents.OfType<TextContent>(), c =>
        {
            var start = (double)c.AdditionalProperties![WhisperSpeechToTextClient.StartKey]!;
            var end = (double)c.AdditionalProperties![WhisperSpeechToTextClient.EndKey]!;
            var noSpeech = (double)c.AdditionalProperties![WhisperSpeechToTextClient.NoSpeechProbabilityKey]!;
            Assert.True(end >= start);
            Assert.InRange(noSpeech, 0, 1);
        });
    }

    [Fact]
    public async Task GetText_FromRawPcm16_ShouldBeAccepted()
    {
        using ISpeechToTextClient client = new WhisperSpeechToTextClient(_model, threads: 2);
        var samples = Tone(16000, channels: 1, seconds: 2);
        var pcm = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            BitConverter.TryWriteBytes(pcm.AsSpan(i * 2), (short)(samples[i] * 32767));
        }

        var response = await client.GetTextAsync(new MemoryStream(pcm));

        Assert.IsType<WhisperResult>(response.RawRepresentation);
    }

    [Fact]
    public async Task GetText_WithOddByteCount_ShouldRefuseWithAudioFormatException()
    {
        using ISpeechToTextClient client = new WhisperSpeechToTextClient(_model);

        await Assert.ThrowsAsync<AudioFormatException>(() => client.GetTextAsync(new MemoryStream(new byte[3])));
    }

    [Fact]
    public async Task GetStreamingText_ShouldOpenAndCloseTheSession()
    {
        using ISpeechToTextClient client = new WhisperSpeechToTextClient(_model, threads: 2);
        using var wav = new MemoryStream();
        WavWriter.WritePcm16(wav, Tone(16000, 1, 2), 16000, 1);
        wav.Position = 0;

        var kinds = new List<SpeechToTextResponseUpdateKind>();
        await foreach (var update in client.GetStreamingTextAsync(wav))
        {
            kinds.Add(update.Kind);
        }

        Assert.Equal(SpeechToTextResponseUpdateKind.SessionOpen, kinds[0]);
        Assert.Equal(SpeechToTextResponseUpdateKind.SessionClose, kinds[^1]);
    }

    private static float[] Tone(int rate, int channels, double seconds)
    {
        var frames = (int)(rate * seconds);
        var samples = new float[frames * channels];
        for (var i = 0; i < frames; i++)
        {
            for (var c = 0; c < channels; c++)
            {
                samples[(i * channels) + c] = 0.3f * (float)Math.Sin(2 * Math.PI * 440 * i / rate);
            }
        }

        return samples;
    }
}
