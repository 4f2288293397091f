using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Whisper;
using WhaiNot.TestSupport;

namespace WhaiNot.Native.Tests.Engines;

/// <summary>whisper.cpp through our bindings, with the real library and the self-made random model.</summary>
public sealed class WhisperModelTests
{
    public WhisperModelTests() => TestRuntime.Get();

    [Fact]
    public void Transcribe_WithRandomModel_ShouldReturnWellFormedSegments()
    {
        using var model = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);
        var samples = Signals.Tone(3);

        var result = model.Transcribe(samples, new WhisperOptions("nl"), CancellationToken.None);

        Assert.Equal("nl", result.Language);
        Assert.All(result.Segments, s =>
        {
            Assert.InRange(s.Start, 0, 3);
            Assert.InRange(s.End, 0, 3);
            Assert.True(s.End >= s.Start, $"{s.End} < {s.Start}");
            Assert.InRange(s.NoSpeechProbability, 0f, 1f);
            Assert.NotNull(s.Text);
        });
    }

    [Fact]
    public void Transcribe_WithLanguageDetection_ShouldReportAKnownLanguageCode()
    {
        using var model = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);

        var result = model.Transcribe(Signals.Tone(2), new WhisperOptions(Language: null), CancellationToken.None);

        Assert.Matches("^[a-z]{2,3}$", result.Language);
    }

    [Fact]
    public async Task Transcribe_TwoAtOnceOnOneModel_ShouldBothComplete()
    {
        using var model = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);
        var samples = Signals.Tone(2);

        var results = await Task.WhenAll(
            Task.Run(() => model.Transcribe(samples, new WhisperOptions("nl", Threads: 1), CancellationToken.None)),
            Task.Run(() => model.Transcribe(samples, new WhisperOptions("nl", Threads: 1), CancellationToken.None)));

        // Same model, same input, separate states: the same answer, not a mix-up.
        Assert.Equal(results[0].Segments.Select(s => s.Text), results[1].Segments.Select(s => s.Text));
    }

    [Fact]
    public void Transcribe_WhenCancelledDuringTheCall_ShouldStopWithOperationCanceled()
    {
        using var model = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);
        var longAudio = Signals.Tone(600);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => model.Transcribe(longAudio, new WhisperOptions("nl", Threads: 1), cancellation.Token));

        // Ten minutes of audio take this model about 20 s; the abort callback must end it long before.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed} to stop");
    }

    [Fact]
    public void Load_WhenFileTruncated_ShouldRefuseBeforeNativeCode()
    {
        var path = Path.GetTempFileName();
        try
        {
            var bytes = File.ReadAllBytes(TestRuntime.WhisperModelPath);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

            var error = Assert.Throws<ModelFileException>(() => WhisperModel.Load(path, useGpu: false));

            Assert.Contains(Path.GetFileName(path), error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Transcribe_AfterDispose_ShouldThrowObjectDisposed()
    {
        var model = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);
        model.Dispose();

        Assert.Throws<ObjectDisposedException>(() => model.Transcribe(Signals.Tone(1), new WhisperOptions(), CancellationToken.None));
    }
}
