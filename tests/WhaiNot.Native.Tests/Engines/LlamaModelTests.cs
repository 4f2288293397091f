using System.Text.Json;
using WhaiNot.Native.Llama;
using WhaiNot.Native.ModelFiles;
using WhaiNot.TestSupport;

namespace WhaiNot.Native.Tests.Engines;

/// <summary>llama.cpp through our bindings, with the real library and the self-made random model.</summary>
public sealed class LlamaModelTests
{
    private const string BooleanObject = """root ::= "{\"ok\": " ("true" | "false") "}" """;

    public LlamaModelTests() => TestRuntime.Get();

    [Fact]
    public void Generate_WithGrammar_ShouldProduceTextTheGrammarAllows()
    {
        using var model = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());

        var generation = model.Generate("Antwoord in JSON:", new LlamaGenerateOptions(MaxTokens: 64, Grammar: BooleanObject, Temperature: 0.8f, Seed: 7), CancellationToken.None);

        using var json = JsonDocument.Parse(generation.Text);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Contains(json.RootElement.GetProperty("ok").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.True(generation.StoppedAtEnd);
        Assert.True(generation.PromptTokens > 0);
    }

    [Theory]
    [InlineData(1u)]
    [InlineData(2u)]
    [InlineData(3u)]
    public void Generate_WithGrammarAndAnySeed_ShouldAlwaysParse(uint seed)
    {
        using var model = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());

        var generation = model.Generate("x", new LlamaGenerateOptions(MaxTokens: 64, Grammar: BooleanObject, Temperature: 1.5f, Seed: seed), CancellationToken.None);

        Assert.Matches("""^\{"ok": (true|false)\}$""", generation.Text);
    }

    [Theory]
    [InlineData(11u)]
    [InlineData(12u)]
    [InlineData(13u)]
    public void Generate_FreeStringsFromARandomModel_ShouldStayValidUtf8(uint seed)
    {
        using var model = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());
        var anyString = """root ::= "\"" [^"\\\x00-\x1F]{1,80} "\"" """;

        var generation = model.Generate("x", new LlamaGenerateOptions(MaxTokens: 120, Grammar: anyString, Temperature: 1.5f, Seed: seed), CancellationToken.None);

        // The random model favours byte tokens; without the UTF-8 guard this yields U+FFFD after decoding.
        Assert.DoesNotContain('\uFFFD', generation.Text);
        Assert.StartsWith("\"", generation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_WithInvalidGrammar_ShouldRefuseWithEngineException()
    {
        using var model = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());

        var error = Assert.Throws<EngineException>(() =>
            model.Generate("x", new LlamaGenerateOptions(Grammar: "root ::= (unclosed"), CancellationToken.None));

        Assert.Contains("grammatica", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_WhenCancelled_ShouldStopWithOperationCanceled()
    {
        using var model = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        // The grammar forbids ending before 6000 characters (seconds of work for this model), so
        // only cancellation can end the call this early.
        Assert.ThrowsAny<OperationCanceledException>(() =>
            model.Generate("x", new LlamaGenerateOptions(MaxTokens: 7000, Grammar: "root ::= ([a-z]{1000}){6}", Temperature: 1f, ContextSize: 8192, Threads: 1), cancellation.Token));
    }

    [Fact]
    public void Generate_WhenPromptDoesNotFit_ShouldSaySo()
    {
        using var model = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());

        var error = Assert.Throws<EngineException>(() =>
            model.Generate(new string('a', 5000), new LlamaGenerateOptions(MaxTokens: 100, ContextSize: 512), CancellationToken.None));

        Assert.Contains("passen niet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyChatTemplate_ShouldIncludeEveryMessage()
    {
        using var model = LlamaModel.Load(TestRuntime.LlamaModelPath, new LlamaModelOptions());

        var prompt = model.ApplyChatTemplate([("system", "Je schrijft verslagen."), ("user", "Vat samen.")]);

        Assert.Contains("Je schrijft verslagen.", prompt, StringComparison.Ordinal);
        Assert.Contains("Vat samen.", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenFileIsNotGguf_ShouldRefuseBeforeNativeCode()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, File.ReadAllBytes(TestRuntime.WhisperModelPath)[..4096]);

            Assert.Throws<ModelFileException>(() => LlamaModel.Load(path, new LlamaModelOptions()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Quantize_ToQ8_ShouldWriteAModelThatLoadsAndRuns()
    {
        var output = Path.Combine(Path.GetTempPath(), "whainot-q8-" + Guid.NewGuid().ToString("N") + ".gguf");
        try
        {
            LlamaModel.Quantize(TestRuntime.LlamaModelPath, output, LlamaFileType.Q8_0, threads: 2);
            using var model = LlamaModel.Load(output, new LlamaModelOptions());

            var generation = model.Generate("x", new LlamaGenerateOptions(MaxTokens: 32, Grammar: BooleanObject), CancellationToken.None);

            Assert.Matches("""^\{"ok": (true|false)\}$""", generation.Text);
            Assert.True(new FileInfo(output).Length < new FileInfo(TestRuntime.LlamaModelPath).Length);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
