using WhaiNot.Speech.Audio;
using WhaiNot.Speech.Tests.Audio;
using WhaiNot.TestSupport.Fuzzing;

namespace WhaiNot.Speech.Tests.Fuzz;

/// <summary>
/// Mutants of the WAV corpus (tests/data/fuzz/wav) through every way the reader is used: decoded
/// whole, decoded to 16 kHz mono, from a stream that can seek and from one that cannot. The only
/// accepted failure is the Dutch <see cref="AudioFormatException"/>.
/// </summary>
public sealed class WavReaderFuzzTests
{
    private static readonly IReadOnlyList<byte[]> Corpus = FuzzRun.CorpusBytes("wav");

    [Fact]
    public void Corpus_ShouldBeValidWavFiles()
    {
        Assert.True(Corpus.Count >= 4);
        Assert.All(Corpus, wav => Assert.NotEmpty(WavReader.Read(new MemoryStream(wav)).Samples));
    }

    [Fact]
    public void Read_WhenFuzzed_ShouldOnlyRefuseInDutch() =>
        FuzzRun.Bytes("wav-read", Corpus, FuzzRun.Iterations(500), wav => WavReader.Read(new MemoryStream(wav)), typeof(AudioFormatException));

    [Fact]
    public void ReadMono16k_WhenFuzzed_ShouldOnlyRefuseInDutch() =>
        FuzzRun.Bytes("wav-mono16k", Corpus, FuzzRun.Iterations(500), wav => WavReader.ReadMono16k(new MemoryStream(wav)), typeof(AudioFormatException));

    [Fact]
    public void Read_WhenFuzzedFromAPipe_ShouldOnlyRefuseInDutch() =>
        FuzzRun.Bytes("wav-pipe", Corpus, FuzzRun.Iterations(500), wav => WavReader.Read(new ForwardOnlyStream(wav, 37)), typeof(AudioFormatException));
}
