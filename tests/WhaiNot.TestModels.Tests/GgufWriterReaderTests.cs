using WhaiNot.Native.ModelFiles;
using WhaiNot.TestSupport;

namespace WhaiNot.TestModels.Tests;

public sealed class GgufWriterReaderTests : ModelFileFixture
{
    [Fact]
    public void WriteThenRead_WhenAllValueTypes_ShouldRoundTripMetadata()
    {
        var path = PathFor("all.gguf");
        using (var writer = new GgufWriter(File.Create(path)))
        {
            writer.AddString("general.architecture", "llama");
            writer.AddString("general.name", "naam met é");
            writer.AddUInt8("t.u8", 200);
            writer.AddInt8("t.i8", -100);
            writer.AddUInt16("t.u16", 60000);
            writer.AddInt16("t.i16", -30000);
            writer.AddUInt32("t.u32", 4_000_000_000);
            writer.AddInt32("t.i32", -2_000_000_000);
            writer.AddFloat32("t.f32", 1.5f);
            writer.AddBool("t.bool", true);
            writer.AddUInt64("t.u64", ulong.MaxValue);
            writer.AddInt64("t.i64", long.MinValue);
            writer.AddFloat64("t.f64", -2.25);
            writer.AddStringArray("t.strings", ["a", "▁b", ""]);
            writer.AddFloat32Array("t.floats", [1f, 2f]);
            writer.AddInt32Array("t.ints", [1, 2, 3, 4]);
            writer.AddUInt32Array("t.uints", []);
            writer.WriteHeader();
            writer.Finish();
        }

        var info = GgufReader.Read(path);

        Assert.Equal(3, info.Version);
        Assert.Equal("llama", info.Architecture);
        Assert.Equal("naam met é", info.Name);
        Assert.Equal(0, info.TensorCount);
        Assert.Equal((byte)200, info.Metadata["t.u8"]);
        Assert.Equal((sbyte)-100, info.Metadata["t.i8"]);
        Assert.Equal((ushort)60000, info.Metadata["t.u16"]);
        Assert.Equal((short)-30000, info.Metadata["t.i16"]);
        Assert.Equal(4_000_000_000u, info.Metadata["t.u32"]);
        Assert.Equal(-2_000_000_000, info.Metadata["t.i32"]);
        Assert.Equal(1.5f, info.Metadata["t.f32"]);
        Assert.Equal(true, info.Metadata["t.bool"]);
        Assert.Equal(ulong.MaxValue, info.Metadata["t.u64"]);
        Assert.Equal(long.MinValue, info.Metadata["t.i64"]);
        Assert.Equal(-2.25, info.Metadata["t.f64"]);
        Assert.Equal(new GgufArraySummary(GgufValueType.String, 3), info.Metadata["t.strings"]);
        Assert.Equal(new GgufArraySummary(GgufValueType.Float32, 2), info.Metadata["t.floats"]);
        Assert.Equal(new GgufArraySummary(GgufValueType.Int32, 4), info.Metadata["t.ints"]);
        Assert.Equal(new GgufArraySummary(GgufValueType.UInt32, 0), info.Metadata["t.uints"]);
        Assert.Equal(new FileInfo(path).Length, info.FileLength);
    }

    [Fact]
    public void WriteThenRead_WhenTensorsWrittenInOddChunks_ShouldPlaceEachTensorAtItsAlignedOffset()
    {
        var path = PathFor("tensors.gguf");
        byte[][] data = [Pattern(4 * 3, 1), Pattern(2 * 5 * 2, 2), Pattern(34 * 2, 3), Pattern(4, 4)];
        using (var writer = new GgufWriter(File.Create(path)))
        {
            writer.AddString("general.architecture", "test");
            writer.AddTensor("a", GgmlType.F32, 3);
            writer.AddTensor("b", GgmlType.F16, 5, 2);
            writer.AddTensor("c", GgmlType.Q8_0, 64);
            writer.AddTensor("d", GgmlType.F32, 1, 1, 1, 1);
            writer.WriteHeader();
            var all = data.SelectMany(d => d).ToArray();

            // Chunks of 7 bytes run across tensor boundaries; the writer inserts the padding.
            for (var i = 0; i < all.Length; i += 7)
            {
                writer.WriteTensorData(all.AsSpan(i, Math.Min(7, all.Length - i)));
            }

            writer.Finish();
            Assert.Equal(writer.ExpectedLength, writer.Position);
        }

        var info = GgufReader.Read(path);
        var bytes = File.ReadAllBytes(path);

        Assert.Equal(0, info.DataOffset % 32);
        Assert.Equal(["a", "b", "c", "d"], info.Tensors.Select(t => t.Name));
        Assert.Equal([GgmlType.F32, GgmlType.F16, GgmlType.Q8_0, GgmlType.F32], info.Tensors.Select(t => t.Type));
        Assert.Equal([5L, 2L], info.Tensors[1].Dimensions);
        Assert.Equal([12L, 20L, 68L, 4L], info.Tensors.Select(t => t.ByteSize));
        Assert.Equal([0L, 32L, 64L, 160L], info.Tensors.Select(t => t.Offset - info.DataOffset));
        for (var i = 0; i < data.Length; i++)
        {
            Assert.Equal(data[i], bytes.AsSpan((int)info.Tensors[i].Offset, data[i].Length).ToArray());
        }

        Assert.Equal(info.DataOffset + 192, bytes.Length);
    }

    [Fact]
    public void WriteThenRead_WhenAlignmentIs64_ShouldStoreItAndPadTo64()
    {
        var path = PathFor("align64.gguf");
        using (var writer = new GgufWriter(File.Create(path), alignment: 64))
        {
            writer.AddTensor("x", GgmlType.F32, 3);
            writer.AddTensor("y", GgmlType.F32, 3);
            writer.WriteHeader();
            writer.WriteTensorData(new byte[24]);
            writer.Finish();
        }

        var info = GgufReader.Read(path);

        Assert.Equal(64, info.Alignment);
        Assert.Equal(64u, info.Metadata["general.alignment"]);
        Assert.Equal(0, info.DataOffset % 64);
        Assert.Equal(64, info.Tensors[1].Offset - info.Tensors[0].Offset);
    }

    [Fact]
    public void Read_WhenLastTensorPaddingIsMissing_ShouldAccept()
    {
        // llama.cpp only needs the last tensor's bytes, not its padding.
        var bytes = new RawGguf().Header(1, 0).Tensor("t", 0, 0, 3).PadTo(32).Zeros(12).ToArray();
        var path = WriteBytes("unpadded.gguf", bytes);

        var info = GgufReader.Read(path);

        Assert.Equal(12, info.Tensors[0].ByteSize);
    }

    [Fact]
    public void Read_WhenVersion2_ShouldAccept()
    {
        var path = WriteBytes("v2.gguf", new RawGguf().Header(0, 1, version: 2).KeyStr("general.architecture", "llama").ToArray());

        var info = GgufReader.Read(path);

        Assert.Equal(2, info.Version);
        Assert.Equal("llama", info.Architecture);
    }

    [Fact]
    public void AddString_WhenKeyRepeated_ShouldThrow()
    {
        using var writer = new GgufWriter(new MemoryStream());
        writer.AddString("k", "a");

        Assert.Throws<ArgumentException>(() => writer.AddUInt32("k", 1));
        Assert.Throws<ArgumentException>(() => writer.AddUInt32("general.alignment", 64));
    }

    [Fact]
    public void AddTensor_WhenInvalid_ShouldThrow()
    {
        using var writer = new GgufWriter(new MemoryStream());
        writer.AddTensor("t", GgmlType.F32, 4);

        Assert.Throws<ArgumentException>(() => writer.AddTensor("t", GgmlType.F32, 4));
        Assert.Throws<ArgumentException>(() => writer.AddTensor(new string('n', 64), GgmlType.F32, 4));
        Assert.Throws<ArgumentException>(() => writer.AddTensor("q", GgmlType.Q4_K, 64));
        Assert.Throws<ArgumentException>(() => writer.AddTensor("five", GgmlType.F32, 1, 1, 1, 1, 1));
        Assert.Throws<ArgumentException>(() => writer.AddTensor("neg", GgmlType.F32, -1));
    }

    [Fact]
    public void WriteTensorData_WhenTooMuchOrTooLittle_ShouldThrow()
    {
        using var writer = new GgufWriter(new MemoryStream());
        writer.AddTensor("t", GgmlType.F32, 2);
        Assert.Throws<InvalidOperationException>(() => writer.WriteTensorData(new byte[1]));
        writer.WriteHeader();
        writer.WriteTensorData(new byte[4]);

        Assert.Equal("t", writer.CurrentTensorName);
        Assert.Equal(4, writer.CurrentTensorRemaining);
        Assert.Throws<InvalidOperationException>(writer.Finish);
        Assert.Throws<InvalidOperationException>(() => writer.WriteTensorData(new byte[5]));
        Assert.Throws<InvalidOperationException>(() => writer.AddString("late", "x"));
    }

    [Fact]
    public void Writer_WhenSameInput_ShouldWriteSameBytesAsHandBuiltFile()
    {
        using var stream = new MemoryStream();
        using (var writer = new GgufWriter(stream, leaveOpen: true))
        {
            writer.AddUInt32("a", 7);
            writer.AddTensor("t", GgmlType.F32, 1);
            writer.WriteHeader();
            writer.WriteTensorData(new byte[4]);
            writer.Finish();
        }

        var expected = new RawGguf().Header(1, 1).KeyU32("a", 7).Tensor("t", 0, 0, 1).PadTo(32).Zeros(32).ToArray();

        Assert.Equal(expected, stream.ToArray());
    }

    private static byte[] Pattern(int length, byte seed)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(seed * 31 + i);
        }

        return bytes;
    }
}
