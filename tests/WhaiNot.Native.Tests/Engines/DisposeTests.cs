using System.Diagnostics;
using WhaiNot.Native.Llama;
using WhaiNot.Native.Whisper;
using WhaiNot.TestSupport;

namespace WhaiNot.Native.Tests.Engines;

/// <summary>
/// Native memory is released: loading, using and disposing a model many times must not grow the
/// process. Each cycle allocates weights, a state/context and samplers natively; a handle whose free
/// function is not called shows as steady growth (checked: skipping whisper_free_state grows ~1 GB
/// over 40 cycles, skipping whisper_free ~440 MB; both fail this test).
/// </summary>
[Collection(NativeMemoryCollection.Name)]
public sealed class DisposeTests
{
    private const int Cycles = 40;

    public DisposeTests() => TestRuntime.Get();

    [Fact]
    public void WhisperModel_LoadUseDispose_ManyTimes_ShouldNotGrowResidentMemory()
    {
        var samples = Signals.Tone(1);
        var growth = MeasureGrowth(() =>
        {
            using var model = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);
            model.Transcribe(samples, new WhisperOptions("nl", Threads: 1), CancellationToken.None);
        });

        // One model is ~8 MB of weights plus its compute buffers; 40 leaked cycles would be hundreds of MB.
        Assert.True(growth < 64L * 1024 * 1024, $"resident memory grew by {growth / (1024 * 1024)} MB over {Cycles} cycles");
    }

    [Fact]
    public void LlamaModel_LoadGenerateDispose_ManyTimes_ShouldNotGrowResidentMemory()
    {
        var growth = MeasureGrowth(() =>
        {
            using var model = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());
            model.Generate("x", new LlamaGenerateOptions(MaxTokens: 8, Grammar: "root ::= [a-z]{4}", ContextSize: 1024, Threads: 1), CancellationToken.None);
        });

        // Each context holds a KV cache of ~1 MB and a compute buffer; leaked, 40 cycles would show clearly.
        Assert.True(growth < 64L * 1024 * 1024, $"resident memory grew by {growth / (1024 * 1024)} MB over {Cycles} cycles");
    }

    [Fact]
    public void Dispose_Twice_ShouldBeHarmless()
    {
        var whisper = WhisperModel.Load(TestRuntime.WhisperModelPath, useGpu: false);
        var llama = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());

        whisper.Dispose();
        whisper.Dispose();
        llama.Dispose();
        llama.Dispose();

        Assert.Throws<ObjectDisposedException>(() => llama.Generate("x", new LlamaGenerateOptions(), CancellationToken.None));
    }

    private static long MeasureGrowth(Action cycle)
    {
        // Warm up: first loads map libraries and grow allocator arenas once.
        for (var i = 0; i < 5; i++)
        {
            cycle();
        }

        var before = Resident();
        for (var i = 0; i < Cycles; i++)
        {
            cycle();
        }

        return Resident() - before;
    }

    /// <summary>No forced GC here: SafeHandle finalizers would free what Dispose forgot and hide the bug.</summary>
    private static long Resident()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }
}
