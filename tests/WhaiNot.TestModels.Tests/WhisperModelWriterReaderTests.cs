using WhaiNot.Native.ModelFiles;
using WhaiNot.TestSupport;

namespace WhaiNot.TestModels.Tests;

public sealed class WhisperModelWriterReaderTests : ModelFileFixture
{
    [Fact]
    public void WriteWhisperTiny_ThenRead_ShouldDescribeTheTinyMultilingualModel()
    {
        var path = PathFor("tiny.bin");
        TestModelFiles.WriteWhisperTiny(path);

        var info = WhisperModelReader.Read(path);

        Assert.Equal(WhisperDims.TinyDefault, info.Dims);
        Assert.Equal(1, info.FileType);
        Assert.Equal(0, info.QuantizationVersion);
        Assert.Equal(GgmlType.F16, info.WeightType);
        Assert.True(info.IsMultilingual);
        Assert.Equal(50257, info.VocabularyInFile);
        Assert.Equal(50, info.Tensors.Count);
        var conv1 = info.Tensors.Single(t => t.Name == "encoder.conv1.weight");
        Assert.Equal(GgmlType.F16, conv1.Type);
        Assert.Equal([3L, 80L, 64L], conv1.Dimensions);
        var embedding = info.Tensors.Single(t => t.Name == "decoder.token_embedding.weight");
        Assert.Equal(GgmlType.F16, embedding.Type);
        Assert.Equal(64L * 51865 * 2, embedding.ByteSize);
        Assert.Equal(GgmlType.F32, info.Tensors.Single(t => t.Name == "encoder.conv1.bias").Type);
        var last = info.Tensors[^1];
        Assert.Equal(info.FileLength, last.Offset + last.ByteSize);
    }

    [Fact]
    public void WriteWhisper_WhenFullShapeWithSmallWidth_ShouldHaveTheLargeV3TurboLayout()
    {
        var path = PathFor("full-small.bin");
        var dims = WhisperDims.FullShape with { AudioState = 8, TextState = 8, AudioHeads = 2, TextHeads = 2 };
        TestModelFiles.WriteWhisper(path, dims, 1, null, CancellationToken.None);

        var info = WhisperModelReader.Read(path);

        Assert.Equal(dims, info.Dims);
        Assert.Equal(11 + (15 * 32) + (24 * 4), info.Tensors.Count);
        Assert.Equal(51866, info.Dims.VocabularySize);
        Assert.Equal([3L, 128L, 8L], info.Tensors.Single(t => t.Name == "encoder.conv1.weight").Dimensions);
        Assert.Contains(info.Tensors, t => t.Name == "encoder.blocks.31.attn.out.bias");
        Assert.Contains(info.Tensors, t => t.Name == "decoder.blocks.3.cross_attn.query.weight");
    }

    [Fact]
    public void WriteThenRead_WhenAllF32_ShouldExpectF32Convolutions()
    {
        var path = PathFor("f32.bin");
        SmallWhisper.Write(path, fileType: 0);

        var info = WhisperModelReader.Read(path);

        Assert.Equal(GgmlType.F32, info.WeightType);
        Assert.Equal(GgmlType.F32, info.Tensors.Single(t => t.Name == "encoder.conv2.weight").Type);
        Assert.Equal(3, info.VocabularyInFile);
    }

    [Fact]
    public void Read_WhenFileTypeCarriesQuantizationVersion_ShouldSplitIt()
    {
        var path = PathFor("qnt.bin");
        SmallWhisper.Write(path);
        SmallWhisper.Patch(path, 44, 2001);

        var info = WhisperModelReader.Read(path);

        Assert.Equal(1, info.FileType);
        Assert.Equal(2, info.QuantizationVersion);
    }

    [Fact]
    public void BeginTensor_WhenPreviousTensorIncomplete_ShouldThrow()
    {
        using var writer = new WhisperModelWriter(new MemoryStream());
        writer.WriteHeader(SmallWhisper.Dims, 1, new float[80 * 201], 80, 201, [" "u8.ToArray()]);
        writer.BeginTensor("encoder.conv1.bias", GgmlType.F32, 1, 8);
        writer.WriteTensorData(new byte[16]);

        Assert.Throws<InvalidOperationException>(() => writer.BeginTensor("encoder.conv2.bias", GgmlType.F32, 1, 8));
        Assert.Throws<InvalidOperationException>(() => writer.WriteTensorData(new byte[17]));
        Assert.Throws<InvalidOperationException>(writer.Finish);
        Assert.Throws<ArgumentException>(() => new WhisperModelWriter(new MemoryStream()).WriteHeader(SmallWhisper.Dims, 1, new float[10], 80, 201, []));
    }
}
