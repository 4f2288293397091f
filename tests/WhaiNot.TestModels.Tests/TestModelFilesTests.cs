using System.Security.Cryptography;
using WhaiNot.Native.ModelFiles;
using WhaiNot.TestSupport;

namespace WhaiNot.TestModels.Tests;

public sealed class TestModelFilesTests : ModelFileFixture
{
    // Pinned so that a change in the generators (or in .NET) that alters the bytes is noticed; update
    // deliberately when the models are meant to change.
    private const string WhisperTinySeed42Sha256 = "6AD5D859DC1DD619137078573C8B13D7A4FB093D6A1B5F52F7FA2CB85DDC3BA7";
    private const string LlamaTinySeed42Sha256 = "1FD4EDED08C1A8ADABBA5C95D9FDF1AE24226A7B8B3255C11753382385E62A61";

    [Fact]
    public void WriteWhisperTiny_WhenSameSeed_ShouldWriteIdenticalBytes()
    {
        var first = PathFor("a.bin");
        var second = PathFor("b.bin");
        var other = PathFor("c.bin");

        TestModelFiles.WriteWhisperTiny(first, 7);
        TestModelFiles.WriteWhisperTiny(second, 7);
        TestModelFiles.WriteWhisperTiny(other, 8);

        Assert.Equal(Hash(first), Hash(second));
        Assert.NotEqual(Hash(first), Hash(other));
        Assert.Equal(new FileInfo(first).Length, new FileInfo(other).Length);
    }

    [Fact]
    public void WriteLlamaTiny_WhenSameSeed_ShouldWriteIdenticalBytes()
    {
        var first = PathFor("a.gguf");
        var second = PathFor("b.gguf");
        var other = PathFor("c.gguf");

        TestModelFiles.WriteLlamaTiny(first, 7);
        TestModelFiles.WriteLlamaTiny(second, 7);
        TestModelFiles.WriteLlamaTiny(other, 8);

        Assert.Equal(Hash(first), Hash(second));
        Assert.NotEqual(Hash(first), Hash(other));
        Assert.Equal(new FileInfo(first).Length, new FileInfo(other).Length);
    }

    [Fact]
    public void WriteTinyModels_WhenDefaultSeed_ShouldMatchThePinnedBytes()
    {
        var whisper = PathFor("w.bin");
        var llama = PathFor("l.gguf");

        TestModelFiles.WriteWhisperTiny(whisper);
        TestModelFiles.WriteLlamaTiny(llama);

        Assert.Equal(WhisperTinySeed42Sha256, Hash(whisper));
        Assert.Equal(LlamaTinySeed42Sha256, Hash(llama));
    }

    [Fact]
    public void WriteLlamaTiny_ThenRead_ShouldDescribeTheTinyLlama()
    {
        var path = PathFor("tiny.gguf");
        TestModelFiles.WriteLlamaTiny(path);

        var info = GgufReader.Read(path);

        Assert.Equal("llama", info.Architecture);
        Assert.Equal("whainot-tiny-random", info.Name);
        Assert.Equal(4096u, info.Metadata["llama.context_length"]);
        Assert.Equal(64u, info.Metadata["llama.embedding_length"]);
        Assert.Equal(4u, info.Metadata["llama.attention.head_count"]);
        Assert.Equal(2u, info.Metadata["llama.block_count"]);
        Assert.Equal(16u, info.Metadata["llama.rope.dimension_count"]);
        Assert.Equal("llama", info.Metadata["tokenizer.ggml.model"]);
        Assert.Equal(TestModelFiles.ChatMlTemplate, info.Metadata["tokenizer.chat_template"]);
        var tokens = Assert.IsType<GgufArraySummary>(info.Metadata["tokenizer.ggml.tokens"]);
        Assert.Equal((long)(uint)info.Metadata["llama.vocab_size"], tokens.Count);
        Assert.InRange(tokens.Count, 259 + 100, 500);
        Assert.Equal(3 + (9 * 2), info.TensorCount);
        var embedding = info.Tensors[0];
        Assert.Equal("token_embd.weight", embedding.Name);
        Assert.Equal(GgmlType.F16, embedding.Type);
        Assert.Equal([64L, tokens.Count], embedding.Dimensions);
        Assert.Equal(GgmlType.F32, info.Tensors.Single(t => t.Name == "output_norm.weight").Type);
    }

    [Fact]
    public void WriteLlama_WhenFullShapeWithSmallWidth_ShouldHaveThe8BLayoutAndPaddedVocabulary()
    {
        var path = PathFor("full-small.gguf");
        var dims = LlamaDims.FullShape with { EmbeddingLength = 64, FeedForwardLength = 128, BlockCount = 2 };
        TestModelFiles.WriteLlama(path, dims, TestModelFiles.LlamaFullShapeName, 1, null, CancellationToken.None);

        var info = GgufReader.Read(path);

        Assert.Equal(TestModelFiles.LlamaFullShapeName, info.Name);
        Assert.Equal(new GgufArraySummary(GgufValueType.String, 32000), info.Metadata["tokenizer.ggml.tokens"]);
        Assert.Equal(8192u, info.Metadata["llama.context_length"]);
        Assert.Equal(500000f, info.Metadata["llama.rope.freq_base"]);
        Assert.Equal(32u, info.Metadata["llama.attention.head_count"]);
        Assert.Equal(8u, info.Metadata["llama.attention.head_count_kv"]);
        Assert.Equal([64L, 16L], info.Tensors.Single(t => t.Name == "blk.1.attn_k.weight").Dimensions);
        Assert.Equal([64L, 32000L], info.Tensors.Single(t => t.Name == "output.weight").Dimensions);
    }

    [Fact]
    public void FullShapeDims_ShouldMatchTheProductionModels()
    {
        Assert.Equal(new WhisperDims(51866, 1500, 1280, 20, 32, 448, 1280, 20, 4, 128), WhisperDims.FullShape);
        Assert.Equal(new LlamaDims(4096, 32, 8, 32, 14336, 8192, 32000, 500000f), LlamaDims.FullShape);
        Assert.Equal(587, WhisperDims.FullShape.TensorCount);
        Assert.Equal(128, LlamaDims.FullShape.HeadSize);
    }

    [Fact]
    public void WriteLlama_WhenCancelled_ShouldThrowAndDeleteThePartialFile()
    {
        var path = PathFor("afgebroken.gguf");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => TestModelFiles.WriteLlama(path, LlamaDims.TinyDefault, "x", 1, null, cancellation.Token));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void WriteWhisper_WithProgress_ShouldReportRisingFractionsEndingAtOne()
    {
        var path = PathFor("voortgang.bin");
        var progress = new ListProgress();

        TestModelFiles.WriteWhisper(path, WhisperDims.TinyDefault, 1, progress, CancellationToken.None);

        Assert.NotEmpty(progress.Values);
        Assert.Equal(progress.Values.Order(), progress.Values);
        Assert.Equal(1.0, progress.Values[^1]);
    }

    [Fact]
    public void LlamaVocabulary_ShouldHaveSpmLayoutUniqueTokensAndJsonPieces()
    {
        var vocabulary = TestVocabularies.Llama(0);
        var padded = TestVocabularies.Llama(32000);

        Assert.Equal(["<unk>", "<s>", "</s>", "<0x00>"], vocabulary.Tokens.Take(4));
        Assert.Equal("<0xFF>", vocabulary.Tokens[258]);
        Assert.Equal("\u2581", vocabulary.Tokens[259]);
        Assert.Equal(vocabulary.Tokens.Count, vocabulary.Tokens.Distinct().Count());
        Assert.Subset(vocabulary.Tokens.ToHashSet(), new HashSet<string> { "{", "}", "\"", ":", ",", "true", "false", "\u2581de", "<|im_start|>", "<|im_end|>" });
        Assert.All(Enumerable.Range(0, vocabulary.Tokens.Count).Where(i => vocabulary.Types[i] == SpmVocabulary.Normal), i => Assert.True(vocabulary.Scores[i] < 0));
        Assert.Equal(32000, padded.Tokens.Count);
        Assert.Equal(32000, padded.Tokens.Distinct().Count());
        Assert.Equal("<extra_0>", padded.Tokens[vocabulary.Tokens.Count]);
    }

    [Fact]
    public void WhisperVocabulary_ShouldCoverAllTextTokensWithReadablePieces()
    {
        var vocabulary = TestVocabularies.Whisper(50257);

        Assert.Equal(50257, vocabulary.Count);
        Assert.Equal(" "u8.ToArray(), vocabulary[0]);
        Assert.Equal("!"u8.ToArray(), vocabulary[1]);
        Assert.InRange(vocabulary.Select(Convert.ToHexString).Distinct().Count(), 300, 500);
        Assert.All(vocabulary, token => Assert.NotEmpty(token));
    }

    [Fact]
    public void SplitMix64_ShouldMatchTheReferenceSequence()
    {
        // First outputs of the reference implementation (Vigna's splitmix64.c) for seed 0.
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.Next());
    }

    [Theory]
    [InlineData(GgmlType.F16)]
    [InlineData(GgmlType.F32)]
    public void RandomWeights_ShouldStaySmallNonZeroAndFinite(GgmlType type)
    {
        var bytes = new byte[4099];
        var random = new SplitMix64(5);

        RandomWeights.Fill(bytes, type, TensorFill.Random, ref random);

        var values = type == GgmlType.F16
            ? Enumerable.Range(0, bytes.Length / 2).Select(i => (double)BitConverter.ToHalf(bytes, i * 2))
            : Enumerable.Range(0, bytes.Length / 4).Select(i => (double)BitConverter.ToSingle(bytes, i * 4));
        Assert.All(values, v => Assert.InRange(Math.Abs(v), Math.Pow(2, -9), Math.Pow(2, -5)));
        Assert.Contains(values, v => v < 0);
        Assert.Contains(values, v => v > 0);
    }

    [Fact]
    public void RandomWeights_WhenOnesOrZeros_ShouldFillConstants()
    {
        var ones = new byte[12];
        var zeros = new byte[] { 1, 2, 3, 4 };
        var random = new SplitMix64(1);

        RandomWeights.Fill(ones, GgmlType.F32, TensorFill.Ones, ref random);
        RandomWeights.Fill(zeros, GgmlType.F32, TensorFill.Zeros, ref random);

        Assert.Equal([1f, 1f, 1f], Enumerable.Range(0, 3).Select(i => BitConverter.ToSingle(ones, i * 4)));
        Assert.Equal(new byte[4], zeros);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private sealed class ListProgress : IProgress<double>
    {
        public List<double> Values { get; } = [];

        public void Report(double value) => Values.Add(value);
    }
}
