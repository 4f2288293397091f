using WhaiNot.Native.Whisper;
using WhaiNot.Speech.Engine;
using WhaiNot.Speech.Tests.Audio;
using WhaiNot.TestSupport;

namespace WhaiNot.Speech.Tests.Engine;

/// <summary>The live-utterance client over the real whisper.cpp library and the self-made model.</summary>
public sealed class WhisperUtteranceClientTests : IDisposable
{
    // Keeps every segment of the random model, so there is text to compare.
    private static readonly UtteranceOptions KeepAll = new("nl", Threads: 1, NoSpeechThreshold: 1.0);

    private readonly WhisperModel _model;

    public WhisperUtteranceClientTests()
    {
        TestRuntime.Get();
        _model = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);
    }

    public void Dispose() => _model.Dispose();

    [Fact]
    public async Task TranscribeAsync_OneAfterAnother_ShouldHearWhatTheEngineHeardEachTime()
    {
        // Arrange
        using var client = new WhisperUtteranceClient(_model);
        var samples = Signal.Sine(440, 16000, 2, amplitude: 0.3);
        var engine = _model.Transcribe(samples, new WhisperOptions("nl", 1, NoSpeechThreshold: 1f), CancellationToken.None);

        // Act
        var first = await client.TranscribeAsync(samples, KeepAll, CancellationToken.None);
        var second = await client.TranscribeAsync(samples, KeepAll, CancellationToken.None);

        // Assert: a fresh state per utterance, so the same audio is heard the same way every time.
        Assert.NotEqual("", first.Text);
        Assert.Equal(string.Join(' ', engine.Segments.Select(s => s.Text)), first.Text);
        Assert.Equal(first.Text, second.Text);
        Assert.True(first.EngineTime > TimeSpan.Zero);
    }

    [Fact]
    public async Task TranscribeAsync_TwoAtOnce_ShouldBothHearTheSame()
    {
        using var client = new WhisperUtteranceClient(_model);
        var samples = Signal.Sine(440, 16000, 2, amplitude: 0.3);

        var both = await Task.WhenAll(
            client.TranscribeAsync(samples, KeepAll, CancellationToken.None),
            client.TranscribeAsync(samples, KeepAll, CancellationToken.None));

        Assert.NotEqual("", both[0].Text);
        Assert.Equal(both[0].Text, both[1].Text);
    }

    [Fact]
    public async Task TranscribeAsync_WithPcm16_ShouldHearTheSameAsTheFloatSamples()
    {
        using var client = new WhisperUtteranceClient(_model);
        var pcm = Signal.Sine(440, 16000, 2, amplitude: 0.3).Select(s => (short)Math.Round(s * 32767)).ToArray();
        var floats = pcm.Select(s => s / 32768f).ToArray();

        var fromShorts = await client.TranscribeAsync(pcm.AsMemory(), KeepAll, CancellationToken.None);
        var fromFloats = await client.TranscribeAsync(floats.AsMemory(), KeepAll, CancellationToken.None);

        Assert.NotEqual("", fromShorts.Text);
        Assert.Equal(fromFloats.Text, fromShorts.Text);
    }

    [Fact]
    public async Task TranscribeAsync_WithLowNoSpeechThreshold_ShouldLeaveOutWhatMightBeSilence()
    {
        using var client = new WhisperUtteranceClient(_model);
        var samples = Signal.Sine(440, 16000, 2, amplitude: 0.3);

        var kept = await client.TranscribeAsync(samples, KeepAll, CancellationToken.None);
        var strict = await client.TranscribeAsync(samples, KeepAll with { NoSpeechThreshold = 0.0 }, CancellationToken.None);

        Assert.NotEqual("", kept.Text);
        Assert.Equal("", strict.Text);
    }

    [Fact]
    public async Task TranscribeAsync_WhenCancelledDuringTheCall_ShouldStopWithOperationCanceled()
    {
        using var client = new WhisperUtteranceClient(_model);
        var longAudio = Signal.Sine(440, 16000, 600, amplitude: 0.3);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.TranscribeAsync(longAudio, KeepAll, cancellation.Token));

        // Ten minutes of audio take this model about 20 s; the abort callback must end it long before.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed} to stop");
        var after = await client.TranscribeAsync(Signal.Sine(440, 16000, 1, amplitude: 0.3), KeepAll, CancellationToken.None);
        Assert.NotEqual("", after.Text);
    }

    [Fact]
    public async Task TranscribeAsync_AfterDispose_ShouldThrowObjectDisposedAndLeaveASharedModelUsable()
    {
        var client = new WhisperUtteranceClient(_model);

        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.TranscribeAsync(new float[16000], KeepAll, CancellationToken.None));
        Assert.NotNull(_model.Transcribe(Signal.Sine(440, 16000, 1, amplitude: 0.3), new WhisperOptions("nl", 1), CancellationToken.None));
    }

    [Fact]
    public async Task Load_ShouldOwnTheModelAndNameIt()
    {
        var client = WhisperUtteranceClient.Load(TestRuntime.WhisperModelPath, useGpu: false);
        var heard = await client.TranscribeAsync(Signal.Sine(440, 16000, 1, amplitude: 0.3), KeepAll, CancellationToken.None);

        client.Dispose();

        Assert.Equal(Path.GetFileName(TestRuntime.WhisperModelPath), client.ModelName);
        Assert.NotEqual("", heard.Text);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.TranscribeAsync(new float[16000], KeepAll, CancellationToken.None));
    }
}
