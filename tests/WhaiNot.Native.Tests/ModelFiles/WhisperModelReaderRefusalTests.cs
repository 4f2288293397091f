using System.Text;
using WhaiNot.Native.ModelFiles;
using WhaiNot.TestModels;
using WhaiNot.TestSupport;

namespace WhaiNot.Native.Tests.ModelFiles;

public sealed class WhisperModelReaderRefusalTests : ModelFileFixture
{
    // Offsets in the header: magic (0), then int32 hyper-parameters from 4 (n_vocab) to 44 (ftype).
    private const int VocabularySizeOffset = 4;
    private const int TextStateOffset = 28;
    private const int MelCountOffset = 40;
    private const int FileTypeOffset = 44;

    // Magic, 11 hyper-parameters, n_mel and n_fft, then the 80 × 201 filters.
    private const int FiltersStart = 4 + 44 + 8;
    private const int VocabularyStart = FiltersStart + (80 * 201 * 4);

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x6c, 0x6d })]
    [InlineData(new byte[] { 0x6c, 0x6d, 0x67, 0x66, 0, 0, 0, 0 })]
    public void Read_WhenMagicMissing_ShouldRefuseAsNotWhisper(byte[] bytes)
    {
        var path = WriteBytes("kort.bin", bytes);

        AssertRefused(() => WhisperModelReader.Read(path), path, "is geen Whisper-model (ggml-magic ontbreekt).");
    }

    [Fact]
    public void Read_WhenRandomBytesOrText_ShouldRefuseAsNotWhisper()
    {
        var noise = new byte[10_000];
        new Random(3).NextBytes(noise);
        var random = WriteBytes("ruis.bin", noise);
        var text = WriteBytes("notitie.txt", Encoding.UTF8.GetBytes("ggml is een bibliotheek\n"));

        AssertRefused(() => WhisperModelReader.Read(random), random, "is geen Whisper-model (ggml-magic ontbreekt).");
        AssertRefused(() => WhisperModelReader.Read(text), text, "is geen Whisper-model (ggml-magic ontbreekt).");
    }

    [Fact]
    public void Read_WhenGguf_ShouldRefuseAndSaySo()
    {
        var path = PathFor("llama.gguf");
        TestModelFiles.WriteLlamaTiny(path);

        AssertRefused(() => WhisperModelReader.Read(path), path, "is geen Whisper-model (ggml-magic ontbreekt; het is een GGUF-bestand).");
    }

    [Fact]
    public void Read_WhenFileMissing_ShouldRefuse()
    {
        var path = PathFor("weg.bin");

        AssertRefused(() => WhisperModelReader.Read(path), path, "bestaat niet.");
    }

    [Fact]
    public void Read_WhenCutInsideHeaderOrFiltersOrVocabulary_ShouldRefuseAsTruncated()
    {
        var bytes = TinyBytes();
        var inHeader = WriteBytes("kop.bin", bytes[..20]);
        var inFilters = WriteBytes("filters.bin", bytes[..(FiltersStart + 100)]);
        var atVocabulary = WriteBytes("vocab1.bin", bytes[..(VocabularyStart + 4 + 1000)]);
        var inVocabulary = WriteBytes("vocab2.bin", bytes[..(VocabularyStart + 250_000)]);

        AssertRefused(() => WhisperModelReader.Read(inHeader), inHeader, "is afgekapt: de kop heeft 44 bytes nodig, er zijn er 16.");
        AssertRefused(() => WhisperModelReader.Read(inFilters), inFilters, "is afgekapt: de mel-filters heeft 64320 bytes nodig, er zijn er 100.");
        AssertRefused(() => WhisperModelReader.Read(atVocabulary), atVocabulary, "is afgekapt: het vocabulaire heeft 201028 bytes nodig, er zijn er 1000.");
        AssertRefused(() => WhisperModelReader.Read(inVocabulary), inVocabulary, "is afgekapt: het vocabulaire (token ");
    }

    [Fact]
    public void Read_WhenCutInsideTensors_ShouldNameTheTensor()
    {
        var full = PathFor("tiny.bin");
        TestModelFiles.WriteWhisperTiny(full);
        var info = WhisperModelReader.Read(full);
        var bytes = File.ReadAllBytes(full);
        var first = info.Tensors[0];
        var firstHeaderStart = (int)first.Offset - (12 + (2 * 4) + first.Name.Length);

        var inTensorHeader = WriteBytes("kop.bin", bytes[..(firstHeaderStart + 5)]);
        var inFirstData = WriteBytes("eerste.bin", bytes[..((int)first.Offset + 12)]);
        var inLastData = WriteBytes("laatste.bin", bytes[..^1]);

        AssertRefused(() => WhisperModelReader.Read(inTensorHeader), inTensorHeader, "is afgekapt: de kop van tensor 1 heeft 12 bytes nodig, er zijn er 5.");
        AssertRefused(() => WhisperModelReader.Read(inFirstData), inFirstData, "is afgekapt: tensor 'encoder.positional_embedding' heeft 384000 bytes nodig, er zijn er 12.");
        AssertRefused(() => WhisperModelReader.Read(inLastData), inLastData, "is afgekapt: tensor 'decoder.blocks.0.cross_attn.out.bias' heeft 256 bytes nodig, er zijn er 255.");
    }

    [Fact]
    public void Read_WhenSpaceTokenMissing_ShouldRefuse()
    {
        var path = PathFor("geen-spatie.bin");
        SmallWhisper.Write(path, vocabulary: ["a"u8.ToArray(), "  "u8.ToArray()]);

        AssertRefused(() => WhisperModelReader.Read(path), path, "het vocabulaire mist het token \" \" (één spatie)");
    }

    [Theory]
    [InlineData(VocabularySizeOffset, 51863, "n_vocab is 51863; whisper.cpp heeft er minstens 51864 nodig")]
    [InlineData(TextStateOffset, 16, "n_text_state (16) is niet gelijk aan n_audio_state (8).")]
    [InlineData(MelCountOffset, 128, "de mel-filterbank is 80 × 201, verwacht 128 × 201.")]
    [InlineData(FileTypeOffset, 5, "ftype 5 is geen geldig gewichtstype")]
    [InlineData(FileTypeOffset, -1, "ftype -1 is geen geldig gewichtstype")]
    [InlineData(FileTypeOffset, 0, "tensor 'encoder.conv1.weight' heeft type F16, whisper.cpp verwacht F32")]
    [InlineData(VocabularyStart, int.MaxValue, "het vocabulaire zegt 2147483647 tokens te bevatten")]
    public void Read_WhenHeaderValueWrong_ShouldRefuse(int offset, int value, string fragment)
    {
        var path = PathFor("kop.bin");
        SmallWhisper.Write(path);
        SmallWhisper.Patch(path, offset, value);

        AssertRefused(() => WhisperModelReader.Read(path), path, fragment);
    }

    [Fact]
    public void Read_WhenTensorUnknownOrMisshapenOrMistyped_ShouldRefuse()
    {
        var unknown = PathFor("onbekend.bin");
        var shape = PathFor("vorm.bin");
        var type = PathFor("type.bin");
        SmallWhisper.Write(unknown, t => t.Select(s => s.Name == "decoder.ln.bias" ? s with { Name = "decoder.ln.extra" } : s));
        SmallWhisper.Write(shape, t => t.Select(s => s.Name == "encoder.conv1.weight" ? s with { Dimensions = [80, 3, 8] } : s));
        SmallWhisper.Write(type, t => t.Select(s => s.Name == "encoder.blocks.0.mlp.0.weight" ? s with { Type = GgmlType.F32 } : s));

        AssertRefused(() => WhisperModelReader.Read(unknown), unknown, "de tensor 'decoder.ln.extra' is onbekend voor whisper.cpp");
        AssertRefused(() => WhisperModelReader.Read(shape), shape, "tensor 'encoder.conv1.weight' heeft vorm [80, 3, 8], verwacht [3, 80, 8].");
        AssertRefused(() => WhisperModelReader.Read(type), type, "tensor 'encoder.blocks.0.mlp.0.weight' heeft type F32, whisper.cpp verwacht F16 (512 bytes).");
    }

    [Fact]
    public void Read_WhenTensorDuplicatedOrMissing_ShouldRefuse()
    {
        var duplicate = PathFor("dubbel.bin");
        var missing = PathFor("mist.bin");
        SmallWhisper.Write(duplicate, t => t.Append(t[3]));
        SmallWhisper.Write(missing, t => t.Take(t.Count - 1));

        AssertRefused(() => WhisperModelReader.Read(duplicate), duplicate, "de tensor 'encoder.conv2.weight' komt twee keer voor.");
        AssertRefused(() => WhisperModelReader.Read(missing), missing, "tensor 'decoder.blocks.0.cross_attn.out.bias' ontbreekt (49 van de 50 tensors gevonden).");
    }

    [Fact]
    public void Read_WhenBytesFollowTheLastTensor_ShouldRefuse()
    {
        var path = PathFor("staart.bin");
        SmallWhisper.Write(path);
        File.AppendAllText(path, "extra");

        AssertRefused(() => WhisperModelReader.Read(path), path, "is afgekapt: de kop van tensor 51 heeft 12 bytes nodig, er zijn er 5.");
    }

    private byte[] TinyBytes()
    {
        var path = PathFor("tiny-bron.bin");
        TestModelFiles.WriteWhisperTiny(path);
        return File.ReadAllBytes(path);
    }
}
