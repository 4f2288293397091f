using WhaiNot.Native.ModelFiles;
using WhaiNot.TestModels;
using WhaiNot.TestSupport;
using WhaiNot.TestSupport.Fuzzing;

namespace WhaiNot.Native.Tests.Fuzz;

/// <summary>
/// Mutants of GGUF and ggml (Whisper) model files through the header readers that guard the native
/// loaders. Corpus: the self-made tiny models (written at test time, seed 42) and the small hand-made
/// files in tests/data/fuzz/gguf (valid) and tests/data/fuzz/ggml (the head of a tiny Whisper model, cut short). Only <see cref="ModelFileException"/> may come out.
/// </summary>
public sealed class ModelHeaderFuzzTests : ModelFileFixture
{
    [Fact]
    public void GgufReader_WhenFuzzed_ShouldOnlyRefuseInDutch()
    {
        var corpus = Corpus("gguf", "llama-tiny.gguf", TestModelFiles.WriteLlamaTiny);
        var path = PathFor("mutant.gguf");

        FuzzRun.Bytes("gguf", corpus, FuzzRun.Iterations(400), bytes =>
        {
            File.WriteAllBytes(path, bytes);
            GgufReader.Read(path);
        }, typeof(ModelFileException));
    }

    [Fact]
    public void WhisperModelReader_WhenFuzzed_ShouldOnlyRefuseInDutch()
    {
        var corpus = Corpus("ggml", "whisper-tiny.bin", TestModelFiles.WriteWhisperTiny);
        var path = PathFor("mutant.bin");

        FuzzRun.Bytes("ggml", corpus, FuzzRun.Iterations(400), bytes =>
        {
            File.WriteAllBytes(path, bytes);
            WhisperModelReader.Read(path);
        }, typeof(ModelFileException));
    }

    [Fact]
    public void CommittedGgufCorpus_ShouldHoldValidHeaders()
    {
        Assert.All(Directory.GetFiles(FuzzRun.CorpusFolder("gguf")), path => GgufReader.Read(path));
    }

    private List<byte[]> Corpus(string target, string name, Action<string, int> write)
    {
        var path = PathFor(name);
        write(path, 42);
        return [File.ReadAllBytes(path), .. FuzzRun.CorpusBytes(target)];
    }
}
