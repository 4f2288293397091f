using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using WhaiNot.Native.ModelFiles;

namespace WhaiNot.TestModels;

/// <summary>
/// Writes a GGUF v3 file (little-endian) as llama.cpp's gguf loader expects it: typed metadata, tensor
/// infos whose offsets are the running sum of each tensor's size padded to the alignment, the header
/// padded to the alignment, then the tensor data in declaration order, each padded with zeros.
/// </summary>
/// <remarks>
/// Use in three steps: add metadata and declare tensors, <see cref="WriteHeader"/>, then stream the
/// data with <see cref="WriteTensorData"/> in as many chunks as convenient (a chunk may run on into
/// the next tensor; padding is inserted here), and <see cref="Finish"/>. Only the header is kept in
/// memory, so files larger than RAM can be written. Disposing without Finish leaves an incomplete file.
/// </remarks>
public sealed class GgufWriter : IDisposable
{
    /// <summary>llama.cpp's default data alignment (GGUF_DEFAULT_ALIGNMENT).</summary>
    public const int DefaultAlignment = GgufReader.DefaultAlignment;

    /// <summary>Tensor names must be shorter than ggml's GGML_MAX_NAME.</summary>
    internal const int MaxTensorNameBytes = GgufReader.MaxTensorNameBytes;

    private const string AlignmentKey = "general.alignment";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly List<byte[]> _metadata = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<PlannedTensor> _tensors = [];
    private readonly HashSet<string> _tensorNames = new(StringComparer.Ordinal);
    private long _dataSize;
    private bool _headerWritten;
    private bool _finished;
    private int _current;
    private long _currentWritten;

    /// <summary>Creates a writer that writes to <paramref name="output"/> (which need not be seekable).</summary>
    /// <param name="output">Destination, positioned where the file starts.</param>
    /// <param name="leaveOpen">Keep <paramref name="output"/> open on dispose.</param>
    /// <param name="alignment">Data alignment, a power of two; stored as "general.alignment" when not 32.</param>
    public GgufWriter(Stream output, bool leaveOpen = false, int alignment = DefaultAlignment)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (alignment <= 0 || (alignment & (alignment - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "Alignment must be a power of two.");
        }

        _output = output;
        _leaveOpen = leaveOpen;
        Alignment = alignment;
        if (alignment != DefaultAlignment)
        {
            AddEntryCore(AlignmentKey, GgufValueType.UInt32, w => WriteUInt32(w, (uint)alignment));
        }
    }

    /// <summary>Data alignment in bytes.</summary>
    public int Alignment { get; }

    /// <summary>Bytes written so far.</summary>
    public long Position { get; private set; }

    /// <summary>Length the finished file will have; known once <see cref="WriteHeader"/> ran, else -1.</summary>
    public long ExpectedLength { get; private set; } = -1;

    /// <summary>Name of the tensor the next data byte belongs to, or null when all data is written.</summary>
    public string? CurrentTensorName => _headerWritten && _current < _tensors.Count ? _tensors[_current].Name : null;

    /// <summary>Bytes still missing from the current tensor (0 when all data is written).</summary>
    public long CurrentTensorRemaining => _headerWritten && _current < _tensors.Count ? _tensors[_current].ByteSize - _currentWritten : 0;

    /// <summary>Adds a uint8 value.</summary>
    public void AddUInt8(string key, byte value) => AddEntry(key, GgufValueType.UInt8, w => WriteByte(w, value));

    /// <summary>Adds an int8 value.</summary>
    public void AddInt8(string key, sbyte value) => AddEntry(key, GgufValueType.Int8, w => WriteByte(w, unchecked((byte)value)));

    /// <summary>Adds a uint16 value.</summary>
    public void AddUInt16(string key, ushort value) => AddEntry(key, GgufValueType.UInt16, w => WriteUInt16(w, value));

    /// <summary>Adds an int16 value.</summary>
    public void AddInt16(string key, short value) => AddEntry(key, GgufValueType.Int16, w => WriteUInt16(w, unchecked((ushort)value)));

    /// <summary>Adds a uint32 value (llama.cpp wants most hyper-parameters as uint32).</summary>
    public void AddUInt32(string key, uint value) => AddEntry(key, GgufValueType.UInt32, w => WriteUInt32(w, value));

    /// <summary>Adds an int32 value.</summary>
    public void AddInt32(string key, int value) => AddEntry(key, GgufValueType.Int32, w => WriteUInt32(w, unchecked((uint)value)));

    /// <summary>Adds a float32 value.</summary>
    public void AddFloat32(string key, float value) => AddEntry(key, GgufValueType.Float32, w => WriteUInt32(w, BitConverter.SingleToUInt32Bits(value)));

    /// <summary>Adds a bool value (one byte, 0 or 1).</summary>
    public void AddBool(string key, bool value) => AddEntry(key, GgufValueType.Bool, w => WriteByte(w, value ? (byte)1 : (byte)0));

    /// <summary>Adds a UTF-8 string value.</summary>
    public void AddString(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        AddEntry(key, GgufValueType.String, w => WriteString(w, value));
    }

    /// <summary>Adds a uint64 value.</summary>
    public void AddUInt64(string key, ulong value) => AddEntry(key, GgufValueType.UInt64, w => WriteUInt64(w, value));

    /// <summary>Adds an int64 value.</summary>
    public void AddInt64(string key, long value) => AddEntry(key, GgufValueType.Int64, w => WriteUInt64(w, unchecked((ulong)value)));

    /// <summary>Adds a float64 value.</summary>
    public void AddFloat64(string key, double value) => AddEntry(key, GgufValueType.Float64, w => WriteUInt64(w, BitConverter.DoubleToUInt64Bits(value)));

    /// <summary>Adds an array of strings (e.g. tokenizer.ggml.tokens).</summary>
    public void AddStringArray(string key, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        AddArray(key, GgufValueType.String, values.Count, (w, i) => WriteString(w, values[i]));
    }

    /// <summary>Adds an array of float32 (e.g. tokenizer.ggml.scores).</summary>
    public void AddFloat32Array(string key, IReadOnlyList<float> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        AddArray(key, GgufValueType.Float32, values.Count, (w, i) => WriteUInt32(w, BitConverter.SingleToUInt32Bits(values[i])));
    }

    /// <summary>Adds an array of int32 (e.g. tokenizer.ggml.token_type).</summary>
    public void AddInt32Array(string key, IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        AddArray(key, GgufValueType.Int32, values.Count, (w, i) => WriteUInt32(w, unchecked((uint)values[i])));
    }

    /// <summary>Adds an array of uint32.</summary>
    public void AddUInt32Array(string key, IReadOnlyList<uint> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        AddArray(key, GgufValueType.UInt32, values.Count, (w, i) => WriteUInt32(w, values[i]));
    }

    /// <summary>Declares the next tensor; its data must later be written in declaration order.</summary>
    /// <param name="name">Unique name, at most 63 UTF-8 bytes.</param>
    /// <param name="type">Element type; the first dimension must be a multiple of its block size.</param>
    /// <param name="dimensions">1 to 4 dimensions in ggml ne order (contiguous first).</param>
    public void AddTensor(string name, GgmlType type, params ReadOnlySpan<long> dimensions)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        EnsureCollecting();
        if (Encoding.UTF8.GetByteCount(name) > MaxTensorNameBytes)
        {
            throw new ArgumentException($"Tensor name '{name}' is longer than {MaxTensorNameBytes} bytes.", nameof(name));
        }

        if (dimensions.Length is < 1 or > 4)
        {
            throw new ArgumentException("A tensor has 1 to 4 dimensions.", nameof(dimensions));
        }

        if (!GgmlTypeTraits.TryGet((int)type, out var blockSize, out _))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ggml type.");
        }

        var elements = GgmlTypeTraits.ElementCount(dimensions);
        if (elements < 0)
        {
            throw new ArgumentException("Dimensions must be non-negative and their product must fit in 64 bits.", nameof(dimensions));
        }

        if (dimensions[0] % blockSize != 0)
        {
            throw new ArgumentException($"The first dimension ({dimensions[0]}) is not a multiple of the {type} block size {blockSize}.", nameof(dimensions));
        }

        if (!_tensorNames.Add(name))
        {
            throw new ArgumentException($"Tensor '{name}' was already added.", nameof(name));
        }

        var byteSize = GgmlTypeTraits.ByteSize(type, elements);
        _tensors.Add(new PlannedTensor(name, type, dimensions.ToArray(), _dataSize, byteSize));
        _dataSize = checked(_dataSize + Pad(byteSize));
    }

    /// <summary>Writes magic, counts, metadata, tensor infos and the padding up to the data section.</summary>
    public void WriteHeader()
    {
        EnsureCollecting();
        var header = new ArrayBufferWriter<byte>(64 * 1024);
        "GGUF"u8.CopyTo(header.GetSpan(4));
        header.Advance(4);
        WriteUInt32(header, 3);
        WriteUInt64(header, (ulong)_tensors.Count);
        WriteUInt64(header, (ulong)_metadata.Count);
        foreach (var entry in _metadata)
        {
            header.Write(entry);
        }

        foreach (var tensor in _tensors)
        {
            WriteString(header, tensor.Name);
            WriteUInt32(header, (uint)tensor.Dimensions.Length);
            foreach (var dimension in tensor.Dimensions)
            {
                WriteUInt64(header, (ulong)dimension);
            }

            WriteUInt32(header, (uint)tensor.Type);
            WriteUInt64(header, (ulong)tensor.RelativeOffset);
        }

        // gguf.cpp seeks to the next multiple of the alignment before the data; an empty file stops after the infos.
        var headerLength = _tensors.Count == 0 ? header.WrittenCount : Pad(header.WrittenCount);
        header.GetSpan((int)(headerLength - header.WrittenCount))[..(int)(headerLength - header.WrittenCount)].Clear();
        header.Advance((int)(headerLength - header.WrittenCount));
        _output.Write(header.WrittenSpan);
        Position = headerLength;
        ExpectedLength = headerLength + _dataSize;
        _headerWritten = true;
        SkipEmptyTensors();
    }

    /// <summary>Appends tensor data; may cover part of a tensor or run on into the following ones.</summary>
    public void WriteTensorData(ReadOnlySpan<byte> data)
    {
        if (!_headerWritten || _finished)
        {
            throw new InvalidOperationException("Write the header first, and no data after Finish.");
        }

        while (!data.IsEmpty)
        {
            if (_current >= _tensors.Count)
            {
                throw new InvalidOperationException($"{data.Length} bytes more than the declared tensors hold.");
            }

            var tensor = _tensors[_current];
            var take = (int)Math.Min(data.Length, tensor.ByteSize - _currentWritten);
            _output.Write(data[..take]);
            data = data[take..];
            _currentWritten += take;
            Position += take;
            if (_currentWritten == tensor.ByteSize)
            {
                WritePadding(Pad(tensor.ByteSize) - tensor.ByteSize);
                _current++;
                _currentWritten = 0;
                SkipEmptyTensors();
            }
        }
    }

    /// <summary>Checks that every tensor got all its data and flushes.</summary>
    public void Finish()
    {
        if (!_headerWritten)
        {
            throw new InvalidOperationException("The header was not written.");
        }

        if (_current < _tensors.Count)
        {
            throw new InvalidOperationException($"Tensor '{_tensors[_current].Name}' still misses {CurrentTensorRemaining} bytes.");
        }

        _output.Flush();
        _finished = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    private static void WriteByte(ArrayBufferWriter<byte> writer, byte value)
    {
        writer.GetSpan(1)[0] = value;
        writer.Advance(1);
    }

    private static void WriteUInt16(ArrayBufferWriter<byte> writer, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(writer.GetSpan(2), value);
        writer.Advance(2);
    }

    private static void WriteUInt32(ArrayBufferWriter<byte> writer, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(writer.GetSpan(4), value);
        writer.Advance(4);
    }

    private static void WriteUInt64(ArrayBufferWriter<byte> writer, ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(writer.GetSpan(8), value);
        writer.Advance(8);
    }

    private static void WriteString(ArrayBufferWriter<byte> writer, string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // Strict so that a lone surrogate fails here instead of turning into '?' in a tokenizer list.
        var length = StrictUtf8.GetByteCount(value);
        WriteUInt64(writer, (ulong)length);
        StrictUtf8.GetBytes(value, writer.GetSpan(length));
        writer.Advance(length);
    }

    private void AddArray(string key, GgufValueType elementType, int count, Action<ArrayBufferWriter<byte>, int> writeElement) =>
        AddEntry(key, GgufValueType.Array, w =>
        {
            WriteUInt32(w, (uint)elementType);
            WriteUInt64(w, (ulong)count);
            for (var i = 0; i < count; i++)
            {
                writeElement(w, i);
            }
        });

    private void AddEntry(string key, GgufValueType type, Action<ArrayBufferWriter<byte>> writeValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key == AlignmentKey)
        {
            // The offsets are computed with the constructor's alignment; a second source could contradict it.
            throw new ArgumentException("Set the alignment through the constructor.", nameof(key));
        }

        AddEntryCore(key, type, writeValue);
    }

    private void AddEntryCore(string key, GgufValueType type, Action<ArrayBufferWriter<byte>> writeValue)
    {
        EnsureCollecting();
        if (!_keys.Add(key))
        {
            throw new ArgumentException($"Key '{key}' was already added.", nameof(key));
        }

        var entry = new ArrayBufferWriter<byte>();
        WriteString(entry, key);
        WriteUInt32(entry, (uint)type);
        writeValue(entry);
        _metadata.Add(entry.WrittenSpan.ToArray());
    }

    private void EnsureCollecting()
    {
        if (_headerWritten)
        {
            throw new InvalidOperationException("The header is already written; metadata and tensors can't be added any more.");
        }
    }

    private long Pad(long length) => (length + Alignment - 1) / Alignment * Alignment;

    private void SkipEmptyTensors()
    {
        while (_current < _tensors.Count && _tensors[_current].ByteSize == 0)
        {
            _current++;
        }
    }

    private void WritePadding(long count)
    {
        Span<byte> zeros = stackalloc byte[64];
        zeros.Clear();
        while (count > 0)
        {
            var take = (int)Math.Min(count, zeros.Length);
            _output.Write(zeros[..take]);
            count -= take;
            Position += take;
        }
    }
}
