using System.Globalization;
using System.Text;

namespace WhaiNot.Native.ModelFiles;

/// <summary>
/// Reads a GGUF file's header (metadata and tensor infos) without loading tensor data, and refuses
/// the file with a <see cref="ModelFileException"/> wherever llama.cpp's gguf loader would refuse it
/// or where counts, lengths and offsets don't fit the file — before any native code sees it.
/// </summary>
public static class GgufReader
{
    /// <summary>llama.cpp's default data alignment (GGUF_DEFAULT_ALIGNMENT), when a file names none.</summary>
    public const int DefaultAlignment = 32;

    /// <summary>Tensor names must be shorter than ggml's GGML_MAX_NAME; the test-model writer keeps to it too.</summary>
    public const int MaxTensorNameBytes = 63;

    /// <summary>gguf.cpp's GGUF_MAX_STRING_LENGTH and GGUF_MAX_ARRAY_ELEMENTS.</summary>
    internal const long MaxStringLength = 1L << 30;

    internal const long MaxArrayElements = 1L << 30;

    // Smallest possible records, to refuse absurd counts before looping over them:
    // a key-value pair is a length (8), a key of at least 1 byte, a type (4) and at least 1 value byte;
    // a tensor info is a name length (8), n_dims (4), type (4) and offset (8).
    private const long MinKeyValueBytes = 8 + 1 + 4 + 1;
    private const long MinTensorInfoBytes = 8 + 4 + 4 + 8;
    private const int MaxDimensions = 4;

    // Far above any real model (a few dozen keys, a few thousand tensors); higher counts are garbage, not a cut-off file.
    private const ulong MaxCount = 1 << 24;

    /// <summary>Reads and checks the header of the GGUF file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFileException">Not a GGUF file, a version other than 2 or 3, or damaged or cut short.</exception>
    public static GgufInfo Read(string path) => ModelFileCursor.Parse(path, ReadCore);

    private static GgufInfo ReadCore(ModelFileCursor cursor)
    {
        var path = cursor.FilePath;
        Span<byte> magic = stackalloc byte[4];
        if (cursor.Length < 4)
        {
            throw ModelFileException.Other(path, "is geen GGUF-bestand (magic ontbreekt).");
        }

        cursor.ReadExactly(magic, "de kop");
        if (!magic.SequenceEqual("GGUF"u8))
        {
            var hint = magic.SequenceEqual(WhisperModelReader.MagicBytes) ? "; het lijkt een Whisper-model in het ggml-formaat" : string.Empty;
            throw ModelFileException.Other(path, $"is geen GGUF-bestand (magic ontbreekt{hint}).");
        }

        var version = cursor.ReadUInt32("de kop");
        if (version is < 2 or > 3)
        {
            var endian = (version & 0xFFFF) == 0 ? " (een big-endian bestand?)" : string.Empty;
            throw ModelFileException.Other(path, $"heeft GGUF-versie {version}{endian}; alleen versie 2 en 3 worden ondersteund.");
        }

        var tensorCount = cursor.ReadUInt64("de kop");
        var keyCount = cursor.ReadUInt64("de kop");
        if (keyCount > MaxCount)
        {
            throw ModelFileException.Damaged(path, $"het aantal metadata-sleutels ({keyCount}) is onmogelijk groot.");
        }

        if (tensorCount > MaxCount)
        {
            throw ModelFileException.Damaged(path, $"het aantal tensors ({tensorCount}) is onmogelijk groot.");
        }

        // Plausible counts that don't fit the rest of the file mean the file was cut off.
        cursor.Require(((long)keyCount * MinKeyValueBytes) + ((long)tensorCount * MinTensorInfoBytes), $"de kop ({keyCount} metadata-sleutels, {tensorCount} tensors)");

        var metadata = ReadMetadata(cursor, (long)keyCount);
        var alignment = ReadAlignment(path, metadata);
        var tensors = ReadTensorInfos(cursor, (long)tensorCount, alignment);
        var headerEnd = cursor.Position;
        var dataOffset = tensors.Count == 0 ? headerEnd : Pad(headerEnd, alignment);
        CheckLength(cursor, tensors, headerEnd, dataOffset, alignment);

        return new GgufInfo
        {
            FilePath = path,
            FileLength = cursor.Length,
            Version = (int)version,
            Architecture = metadata.GetValueOrDefault("general.architecture") as string,
            Name = metadata.GetValueOrDefault("general.name") as string,
            Alignment = alignment,
            DataOffset = dataOffset,
            Metadata = metadata,
            Tensors = tensors
                .Select(t => t with { Offset = dataOffset + t.Offset })
                .ToList(),
        };
    }

    private static Dictionary<string, object> ReadMetadata(ModelFileCursor cursor, long keyCount)
    {
        var path = cursor.FilePath;
        var metadata = new Dictionary<string, object>(StringComparer.Ordinal);
        for (long i = 0; i < keyCount; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"metadata-sleutel {i + 1}");
            var key = ReadString(cursor, where);
            if (key.Length == 0)
            {
                throw ModelFileException.Damaged(path, $"{where} heeft een lege naam.");
            }

            if (metadata.ContainsKey(key))
            {
                throw ModelFileException.Damaged(path, $"de metadata-sleutel '{key}' komt twee keer voor.");
            }

            var valueWhere = $"de waarde van '{key}'";
            var type = cursor.ReadUInt32(valueWhere);
            if (type == (uint)GgufValueType.Array)
            {
                metadata[key] = ReadArraySummary(cursor, key, valueWhere);
            }
            else
            {
                metadata[key] = ReadScalar(cursor, key, type, valueWhere);
            }
        }

        return metadata;
    }

    private static object ReadScalar(ModelFileCursor cursor, string key, uint type, string where) => (GgufValueType)type switch
    {
        GgufValueType.UInt8 => cursor.ReadByte(where),
        GgufValueType.Int8 => unchecked((sbyte)cursor.ReadByte(where)),
        GgufValueType.UInt16 => cursor.ReadUInt16(where),
        GgufValueType.Int16 => unchecked((short)cursor.ReadUInt16(where)),
        GgufValueType.UInt32 => cursor.ReadUInt32(where),
        GgufValueType.Int32 => cursor.ReadInt32(where),
        GgufValueType.Float32 => BitConverter.UInt32BitsToSingle(cursor.ReadUInt32(where)),
        GgufValueType.Bool => cursor.ReadByte(where) != 0,
        GgufValueType.String => ReadString(cursor, where),
        GgufValueType.UInt64 => cursor.ReadUInt64(where),
        GgufValueType.Int64 => cursor.ReadInt64(where),
        GgufValueType.Float64 => BitConverter.UInt64BitsToDouble(cursor.ReadUInt64(where)),
        _ => throw ModelFileException.Damaged(cursor.FilePath, $"de metadata-sleutel '{key}' heeft het onbekende type {type}."),
    };

    private static GgufArraySummary ReadArraySummary(ModelFileCursor cursor, string key, string where)
    {
        var path = cursor.FilePath;
        var elementType = cursor.ReadUInt32(where);
        var count = cursor.ReadUInt64(where);
        var size = FixedSize((GgufValueType)elementType);
        if (size == 0 && elementType != (uint)GgufValueType.String)
        {
            // gguf.cpp has no nested arrays either.
            throw ModelFileException.Damaged(path, $"de array '{key}' heeft het ongeldige elementtype {elementType}.");
        }

        if (count > MaxArrayElements)
        {
            throw ModelFileException.Damaged(path, $"de array '{key}' zegt {count} elementen te bevatten (hoogstens {MaxArrayElements}).");
        }

        // A string element is at least its 8-byte length.
        cursor.Require((long)count * (size == 0 ? 8 : size), where);

        if (size > 0)
        {
            cursor.Skip((long)count * size, where);
        }
        else
        {
            for (ulong i = 0; i < count; i++)
            {
                var length = cursor.ReadUInt64(where);
                CheckStringLength(cursor, length, where);
                cursor.Skip((long)length, where);
            }
        }

        return new GgufArraySummary((GgufValueType)elementType, (long)count);
    }

    private static int ReadAlignment(string path, Dictionary<string, object> metadata)
    {
        if (!metadata.TryGetValue("general.alignment", out var value))
        {
            return DefaultAlignment;
        }

        if (value is not uint alignment)
        {
            throw ModelFileException.Damaged(path, "'general.alignment' moet een uint32 zijn.");
        }

        // Larger alignments than 2^30 are a power of two but nonsense; they would overflow the padding arithmetic.
        if (alignment == 0 || (alignment & (alignment - 1)) != 0 || alignment > (1u << 30))
        {
            throw ModelFileException.Damaged(path, $"'general.alignment' is {alignment}, geen (redelijke) macht van twee.");
        }

        return (int)alignment;
    }

    private static List<ModelTensorInfo> ReadTensorInfos(ModelFileCursor cursor, long tensorCount, int alignment)
    {
        var path = cursor.FilePath;
        var tensors = new List<ModelTensorInfo>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        long expectedOffset = 0;
        Span<long> dimensions = stackalloc long[MaxDimensions];
        for (long i = 0; i < tensorCount; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"de beschrijving van tensor {i + 1}");
            var nameLength = cursor.ReadUInt64(where);
            if (nameLength > MaxTensorNameBytes)
            {
                throw ModelFileException.Damaged(path, $"tensor {i + 1} heeft een naam van {nameLength} bytes (ggml staat er hoogstens {MaxTensorNameBytes} toe).");
            }

            var name = ReadUtf8(cursor, (int)nameLength, where);
            if (!names.Add(name))
            {
                throw ModelFileException.Damaged(path, $"de tensor '{name}' komt twee keer voor.");
            }

            where = $"de beschrijving van tensor '{name}'";
            var dimensionCount = cursor.ReadUInt32(where);
            if (dimensionCount > MaxDimensions)
            {
                throw ModelFileException.Damaged(path, $"tensor '{name}' heeft {dimensionCount} dimensies (hoogstens {MaxDimensions}).");
            }

            for (var d = 0; d < dimensionCount; d++)
            {
                dimensions[d] = cursor.ReadInt64(where);
                if (dimensions[d] < 0)
                {
                    throw ModelFileException.Damaged(path, $"tensor '{name}' heeft een negatieve dimensie ({dimensions[d]}).");
                }
            }

            var shape = dimensions[..(int)dimensionCount];
            var elements = GgmlTypeTraits.ElementCount(shape);
            if (elements < 0)
            {
                throw ModelFileException.Damaged(path, $"tensor '{name}' heeft meer elementen dan in 64 bits past.");
            }

            var typeId = cursor.ReadUInt32(where);
            if (typeId > int.MaxValue || !GgmlTypeTraits.TryGet((int)typeId, out var blockSize, out var typeSize))
            {
                throw ModelFileException.Damaged(path, $"tensor '{name}' heeft het onbekende ggml-type {typeId}.");
            }

            var rowLength = dimensionCount == 0 ? 1 : shape[0];
            if (rowLength % blockSize != 0)
            {
                throw ModelFileException.Damaged(path, $"tensor '{name}' heeft {rowLength} elementen per rij, geen veelvoud van de blokgrootte {blockSize} van {(GgmlType)typeId}.");
            }

            if (elements / blockSize > long.MaxValue / typeSize / 2)
            {
                throw ModelFileException.Damaged(path, $"tensor '{name}' is groter dan een bestand kan zijn.");
            }

            var byteSize = elements / blockSize * typeSize;
            var offset = cursor.ReadUInt64(where);

            // gguf.cpp demands exactly the running sum of padded sizes: no gaps, no overlap, no reordering.
            if (offset != (ulong)expectedOffset)
            {
                throw ModelFileException.Damaged(path, $"tensor '{name}' staat op offset {offset}, verwacht {expectedOffset} (uitlijning {alignment} bytes).");
            }

            tensors.Add(new ModelTensorInfo(name, (GgmlType)typeId, shape.ToArray(), expectedOffset, byteSize));
            if (Pad(byteSize, alignment) > long.MaxValue - expectedOffset)
            {
                throw ModelFileException.Damaged(path, "de tensors zijn samen groter dan een bestand kan zijn.");
            }

            expectedOffset += Pad(byteSize, alignment);
        }

        return tensors;
    }

    private static void CheckLength(ModelFileCursor cursor, List<ModelTensorInfo> tensors, long headerEnd, long dataOffset, int alignment)
    {
        var length = cursor.Length;
        var paddedEnd = Pad(headerEnd, alignment);
        foreach (var tensor in tensors)
        {
            var start = dataOffset + tensor.Offset;
            if (start > length || tensor.ByteSize > length - start)
            {
                throw ModelFileException.Truncated(cursor.FilePath, $"tensor '{tensor.Name}'", tensor.ByteSize, length - start);
            }

            paddedEnd = start + Pad(tensor.ByteSize, alignment);
        }

        // Writers pad the last tensor too, but llama.cpp only needs its bytes; allow either, nothing more.
        if (length > paddedEnd)
        {
            throw ModelFileException.Damaged(cursor.FilePath, $"er staan {length - paddedEnd} onverwachte bytes achter de laatste tensor.");
        }
    }

    private static string ReadString(ModelFileCursor cursor, string where)
    {
        var length = cursor.ReadUInt64(where);
        CheckStringLength(cursor, length, where);
        return ReadUtf8(cursor, (int)length, where);
    }

    private static void CheckStringLength(ModelFileCursor cursor, ulong length, string where)
    {
        if (length > MaxStringLength)
        {
            throw ModelFileException.Damaged(cursor.FilePath, $"{where} zegt een tekst van {length} bytes te bevatten (hoogstens {MaxStringLength}).");
        }

        cursor.Require((long)length, where);
    }

    private static string ReadUtf8(ModelFileCursor cursor, int length, string where)
    {
        cursor.Require(length, where);
        if (length == 0)
        {
            return string.Empty;
        }

        // The length is bounded by the bytes left in the file, so this can't be a huge allocation from a lying header.
        var bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
        cursor.ReadExactly(bytes, where);
        return Encoding.UTF8.GetString(bytes);
    }

    private static int FixedSize(GgufValueType type) => type switch
    {
        GgufValueType.UInt8 or GgufValueType.Int8 or GgufValueType.Bool => 1,
        GgufValueType.UInt16 or GgufValueType.Int16 => 2,
        GgufValueType.UInt32 or GgufValueType.Int32 or GgufValueType.Float32 => 4,
        GgufValueType.UInt64 or GgufValueType.Int64 or GgufValueType.Float64 => 8,
        _ => 0,
    };

    private static long Pad(long value, int alignment) => (value + alignment - 1) / alignment * alignment;
}
