using WhaiNot.Native.Llama;
using WhaiNot.Native.Whisper;
using WhaiNot.TestSupport;

namespace WhaiNot.Native.Tests.Engines;

/// <summary>
/// The appliance needs both engines in one process. whisper.cpp carries its own ggml and exports
/// it; llama.cpp has another ggml version. Alternating calls prove neither binds to the other's copy.
/// </summary>
public sealed class BothEnginesTests
{
    public BothEnginesTests() => TestRuntime.Get();

    [Fact]
    public void WhisperAndLlama_Alternating_ShouldBothKeepWorking()
    {
        using var whisper = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);
        using var llama = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());
        var grammar = """root ::= "{\"n\": " [0-9] "}" """;

        for (var round = 0; round < 3; round++)
        {
            var transcript = whisper.Transcribe(Signals.Tone(1.5), new WhisperOptions("nl", Threads: 1), CancellationToken.None);
            var generation = llama.Generate("x", new LlamaGenerateOptions(MaxTokens: 16, Grammar: grammar), CancellationToken.None);

            Assert.All(transcript.Segments, s => Assert.True(s.End >= s.Start));
            Assert.Matches("""^\{"n": [0-9]\}$""", generation.Text);
        }
    }

    [Fact]
    public void Runtime_ShouldReportBothEngines()
    {
        var info = TestRuntime.Get().Describe();

        Assert.StartsWith("1.9.", info.WhisperVersion, StringComparison.Ordinal);
        Assert.Contains("CPU", info.LlamaSystemInfo, StringComparison.Ordinal);
        Assert.Equal(["whisper", "llama"], info.Engines.Select(e => e.Engine));
    }
}
