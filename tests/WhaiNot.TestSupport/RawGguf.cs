using System.Buffers.Binary;
using System.Text;

namespace WhaiNot.TestSupport;

/// <summary>Builds GGUF bytes by hand, so tests can produce files the real writer refuses to write.</summary>
public sealed class RawGguf
{
    private readonly MemoryStream _bytes = new();

    public RawGguf Magic(string magic = "GGUF") => Bytes(Encoding.ASCII.GetBytes(magic));

    public RawGguf U32(uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        return Bytes(b);
    }

    public RawGguf U64(ulong value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(b, value);
        return Bytes(b);
    }

    public RawGguf Str(string value)
    {
        var b = Encoding.UTF8.GetBytes(value);
        return U64((ulong)b.Length).Bytes(b);
    }

    /// <summary>Magic, version and the two counts.</summary>
    public RawGguf Header(ulong tensors, ulong keys, uint version = 3) => Magic().U32(version).U64(tensors).U64(keys);

    public RawGguf KeyU32(string key, uint value) => Str(key).U32(4).U32(value);

    public RawGguf KeyStr(string key, string value) => Str(key).U32(8).Str(value);

    /// <summary>A tensor info: name, dims, type, offset.</summary>
    public RawGguf Tensor(string name, uint type, ulong offset, params ulong[] dims)
    {
        Str(name).U32((uint)dims.Length);
        foreach (var d in dims)
        {
            U64(d);
        }

        return U32(type).U64(offset);
    }

    /// <summary>Zero bytes up to the next multiple of <paramref name="alignment"/>.</summary>
    public RawGguf PadTo(int alignment) => Bytes(new byte[(int)((alignment - (_bytes.Length % alignment)) % alignment)]);

    public RawGguf Bytes(ReadOnlySpan<byte> bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    public RawGguf Zeros(int count) => Bytes(new byte[count]);

    public byte[] ToArray() => _bytes.ToArray();
}
