using System.Text;
using WhaiNot.Native.ModelFiles;
using WhaiNot.TestModels;
using WhaiNot.TestSupport;

namespace WhaiNot.Native.Tests.ModelFiles;

public sealed class GgufReaderRefusalTests : ModelFileFixture
{
    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x47, 0x47 })]
    [InlineData(new byte[] { 0x47, 0x47, 0x55, 0x45, 3, 0, 0, 0 })]
    public void Read_WhenMagicMissing_ShouldRefuseAsNotGguf(byte[] bytes)
    {
        var path = WriteBytes("kort.gguf", bytes);

        AssertRefused(() => GgufReader.Read(path), path, "is geen GGUF-bestand (magic ontbreekt");
    }

    [Fact]
    public void Read_WhenRandomBytes_ShouldRefuseAsNotGguf()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = WriteBytes("ruis.gguf", bytes);

        AssertRefused(() => GgufReader.Read(path), path, "is geen GGUF-bestand (magic ontbreekt).");
    }

    [Fact]
    public void Read_WhenTextFile_ShouldRefuseAsNotGguf()
    {
        var path = WriteBytes("leesmij.txt", Encoding.UTF8.GetBytes("Dit is geen model.\n"));

        AssertRefused(() => GgufReader.Read(path), path, "is geen GGUF-bestand (magic ontbreekt).");
    }

    [Fact]
    public void Read_WhenWhisperModel_ShouldRefuseAndSaySo()
    {
        var path = PathFor("whisper.bin");
        TestModelFiles.WriteWhisperTiny(path);

        AssertRefused(() => GgufReader.Read(path), path, "het lijkt een Whisper-model");
    }

    [Fact]
    public void Read_WhenFileMissing_ShouldRefuse()
    {
        var path = PathFor("bestaat-niet.gguf");

        AssertRefused(() => GgufReader.Read(path), path, "bestaat niet");
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(4u)]
    [InlineData(0x03000000u)]
    public void Read_WhenVersionUnsupported_ShouldRefuse(uint version)
    {
        var path = WriteBytes("versie.gguf", new RawGguf().Header(0, 0, version).ToArray());

        AssertRefused(() => GgufReader.Read(path), path, $"heeft GGUF-versie {version}");
    }

    [Fact]
    public void Read_WhenKeyRepeated_ShouldRefuse()
    {
        var bytes = new RawGguf().Header(0, 2).KeyU32("llama.block_count", 1).KeyU32("llama.block_count", 2).ToArray();
        var path = WriteBytes("dubbel.gguf", bytes);

        AssertRefused(() => GgufReader.Read(path), path, "de metadata-sleutel 'llama.block_count' komt twee keer voor.");
    }

    [Fact]
    public void Read_WhenTensorNameRepeated_ShouldRefuse()
    {
        var bytes = new RawGguf().Header(2, 0).Tensor("t", 0, 0, 8).Tensor("t", 0, 32, 8).PadTo(32).Zeros(64).ToArray();
        var path = WriteBytes("dubbeltensor.gguf", bytes);

        AssertRefused(() => GgufReader.Read(path), path, "de tensor 't' komt twee keer voor.");
    }

    [Theory]
    [InlineData(16ul)]
    [InlineData(0ul)]
    [InlineData(64ul)]
    public void Read_WhenOffsetNotTheAlignedRunningSum_ShouldRefuse(ulong secondOffset)
    {
        // The first tensor holds 12 bytes, padded to 32: the second must start at 32.
        var bytes = new RawGguf().Header(2, 0).Tensor("a", 0, 0, 3).Tensor("b", 0, secondOffset, 3).PadTo(32).Zeros(128).ToArray();
        var path = WriteBytes("offset.gguf", bytes);

        AssertRefused(() => GgufReader.Read(path), path, $"tensor 'b' staat op offset {secondOffset}, verwacht 32 (uitlijning 32 bytes).");
    }

    [Fact]
    public void Read_WhenKeyCountAbsurd_ShouldRefuseWithoutAllocating()
    {
        var path = WriteBytes("sleutels.gguf", new RawGguf().Header(0, 1ul << 40).KeyU32("a", 1).ToArray());
        var before = GC.GetAllocatedBytesForCurrentThread();

        AssertRefused(() => GgufReader.Read(path), path, $"het aantal metadata-sleutels ({1ul << 40}) is onmogelijk groot.");

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
    }

    [Fact]
    public void Read_WhenTensorCountAbsurd_ShouldRefuse()
    {
        var path = WriteBytes("tensors.gguf", new RawGguf().Header(ulong.MaxValue, 0).Zeros(100).ToArray());

        AssertRefused(() => GgufReader.Read(path), path, $"het aantal tensors ({ulong.MaxValue}) is onmogelijk groot.");
    }

    [Fact]
    public void Read_WhenArrayCountAbsurd_ShouldRefuseWithoutAllocating()
    {
        var bytes = new RawGguf().Header(0, 1).Str("tokenizer.ggml.tokens").U32(9).U32(8).U64(1ul << 40).Zeros(64).ToArray();
        var path = WriteBytes("array.gguf", bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();

        AssertRefused(() => GgufReader.Read(path), path, $"de array 'tokenizer.ggml.tokens' zegt {1ul << 40} elementen te bevatten (hoogstens");

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
    }

    [Theory]
    [InlineData(1ul << 40, "zegt een tekst van")]
    [InlineData(1000ul, "is afgekapt: metadata-sleutel 1 heeft 1000 bytes nodig, er zijn er 20.")]
    public void Read_WhenStringLengthBeyondFile_ShouldRefuse(ulong length, string fragment)
    {
        var path = WriteBytes("tekst.gguf", new RawGguf().Header(0, 1).U64(length).Zeros(20).ToArray());

        AssertRefused(() => GgufReader.Read(path), path, fragment);
    }

    [Fact]
    public void Read_WhenNestedArrayOrUnknownType_ShouldRefuse()
    {
        var nested = WriteBytes("genest.gguf", new RawGguf().Header(0, 1).Str("a").U32(9).U32(9).U64(1).Zeros(16).ToArray());
        var unknown = WriteBytes("onbekend.gguf", new RawGguf().Header(0, 1).Str("a").U32(13).Zeros(16).ToArray());

        AssertRefused(() => GgufReader.Read(nested), nested, "de array 'a' heeft het ongeldige elementtype 9.");
        AssertRefused(() => GgufReader.Read(unknown), unknown, "de metadata-sleutel 'a' heeft het onbekende type 13.");
    }

    [Theory]
    [InlineData(0u, "general.alignment' is 0")]
    [InlineData(48u, "general.alignment' is 48")]
    public void Read_WhenAlignmentNotPowerOfTwo_ShouldRefuse(uint alignment, string fragment)
    {
        var path = WriteBytes("uitlijning.gguf", new RawGguf().Header(0, 1).KeyU32("general.alignment", alignment).ToArray());

        AssertRefused(() => GgufReader.Read(path), path, fragment);
    }

    [Fact]
    public void Read_WhenAlignmentNotUInt32_ShouldRefuse()
    {
        var path = WriteBytes("uitlijning-type.gguf", new RawGguf().Header(0, 1).KeyStr("general.alignment", "32").ToArray());

        AssertRefused(() => GgufReader.Read(path), path, "'general.alignment' moet een uint32 zijn.");
    }

    [Fact]
    public void Read_WhenTensorInfoInvalid_ShouldRefuse()
    {
        var longName = WriteBytes("naam.gguf", new RawGguf().Header(1, 0).Tensor(new string('x', 64), 0, 0, 1).PadTo(32).Zeros(32).ToArray());
        var dims = WriteBytes("dims.gguf", new RawGguf().Header(1, 0).Tensor("t", 0, 0, 1, 1, 1, 1, 1).PadTo(32).Zeros(32).ToArray());
        var type = WriteBytes("type.gguf", new RawGguf().Header(1, 0).Tensor("t", 4, 0, 32).PadTo(32).Zeros(32).ToArray());
        var block = WriteBytes("blok.gguf", new RawGguf().Header(1, 0).Tensor("t", 12, 0, 64).PadTo(32).Zeros(64).ToArray());
        var negative = WriteBytes("negatief.gguf", new RawGguf().Header(1, 0).Tensor("t", 0, 0, ulong.MaxValue).PadTo(32).Zeros(32).ToArray());
        var huge = WriteBytes("enorm.gguf", new RawGguf().Header(1, 0).Tensor("t", 0, 0, 1ul << 40, 1ul << 40).PadTo(32).Zeros(32).ToArray());

        AssertRefused(() => GgufReader.Read(longName), longName, "heeft een naam van 64 bytes");
        AssertRefused(() => GgufReader.Read(dims), dims, "tensor 't' heeft 5 dimensies");
        AssertRefused(() => GgufReader.Read(type), type, "tensor 't' heeft het onbekende ggml-type 4.");
        AssertRefused(() => GgufReader.Read(block), block, "geen veelvoud van de blokgrootte 256 van Q4_K");
        AssertRefused(() => GgufReader.Read(negative), negative, "negatieve dimensie");
        AssertRefused(() => GgufReader.Read(huge), huge, "meer elementen dan in 64 bits past");
    }

    [Fact]
    public void Read_WhenBytesFollowTheLastTensor_ShouldRefuse()
    {
        var bytes = new RawGguf().Header(1, 0).Tensor("t", 0, 0, 8).PadTo(32).Zeros(32 + 5).ToArray();
        var path = WriteBytes("staart.gguf", bytes);

        AssertRefused(() => GgufReader.Read(path), path, "er staan 5 onverwachte bytes achter de laatste tensor.");
    }

    [Theory]
    [InlineData(10, "is afgekapt: de kop heeft 8 bytes nodig, er zijn er 2.")]
    [InlineData(30, "is afgekapt: de kop (23 metadata-sleutels, 21 tensors) heeft 826 bytes nodig, er zijn er 6.")]
    [InlineData(-16, "is afgekapt: tensor 'blk.1.ffn_down.weight' heeft 16384 bytes nodig, er zijn er 16368.")]
    public void Read_WhenTinyLlamaCutShort_ShouldRefuseAsTruncated(int cut, string fragment)
    {
        var full = PathFor("heel.gguf");
        TestModelFiles.WriteLlamaTiny(full);
        var bytes = File.ReadAllBytes(full);
        var path = WriteBytes("afgekapt.gguf", cut >= 0 ? bytes[..cut] : bytes[..^-cut]);

        AssertRefused(() => GgufReader.Read(path), path, fragment);
    }

    [Fact]
    public void Read_WhenCutInsideMetadataOrTensorInfosOrData_ShouldNameWhatIsMissing()
    {
        var full = PathFor("heel.gguf");
        TestModelFiles.WriteLlamaTiny(full);
        var bytes = File.ReadAllBytes(full);
        var info = GgufReader.Read(full);
        var tensorInfosStart = FindTensorInfos(bytes);
        var firstTensor = info.Tensors[0];

        var inTokens = bytes.AsSpan().IndexOf("tokenizer.ggml.tokens"u8) + 2000;
        var inMetadata = WriteBytes("meta.gguf", bytes[..inTokens]);
        var inInfos = WriteBytes("infos.gguf", bytes[..(tensorInfosStart + 40)]);
        var inData = WriteBytes("data.gguf", bytes[..(int)(firstTensor.Offset + 12)]);

        AssertRefused(() => GgufReader.Read(inMetadata), inMetadata, "is afgekapt: de waarde van 'tokenizer.ggml.tokens' heeft");
        AssertRefused(() => GgufReader.Read(inInfos), inInfos, "is afgekapt: de beschrijving van tensor 'token_embd.weight' heeft 8 bytes nodig, er zijn er 3.");
        AssertRefused(() => GgufReader.Read(inData), inData, $"is afgekapt: tensor 'token_embd.weight' heeft {firstTensor.ByteSize} bytes nodig, er zijn er 12.");
    }

    private static int FindTensorInfos(byte[] bytes)
    {
        // The first tensor info starts with the 8-byte length of "token_embd.weight".
        var name = "token_embd.weight"u8.ToArray();
        return bytes.AsSpan().IndexOf(name) - 8;
    }
}
