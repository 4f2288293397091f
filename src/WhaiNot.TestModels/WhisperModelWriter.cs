using System.Buffers.Binary;
using System.Text;
using WhaiNot.Native.ModelFiles;

namespace WhaiNot.TestModels;

/// <summary>
/// Writes a model in whisper.cpp's legacy ggml format: magic 0x67676d6c, eleven int32 hyper-parameters
/// (the last is the ftype), the mel filter bank, the vocabulary, then tensors (a header of n_dims,
/// name length, type, dimensions and name, followed by the raw data) until the end of the file. All
/// little-endian, packed, no padding.
/// </summary>
/// <remarks>
/// Write the header once, then per tensor <see cref="BeginTensor"/> followed by its data in one or more
/// <see cref="WriteTensorData"/> calls, and <see cref="Finish"/>. Which tensors, shapes and types
/// whisper.cpp accepts is not checked here; <see cref="WhisperModelReader"/> checks that.
/// </remarks>
public sealed class WhisperModelWriter : IDisposable
{
    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private bool _headerWritten;
    private string? _currentTensor;
    private long _currentRemaining;

    /// <summary>Creates a writer that writes to <paramref name="output"/> (which need not be seekable).</summary>
    public WhisperModelWriter(Stream output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Bytes written so far.</summary>
    public long Position { get; private set; }

    /// <summary>Writes magic, hyper-parameters, mel filters and vocabulary.</summary>
    /// <param name="dims">Hyper-parameters.</param>
    /// <param name="fileType">ggml ftype: 0 all F32, 1 F16 (matrices F16, convolutions F16, the rest F32), 7 Q8_0, …</param>
    /// <param name="melFilters">Row-major [melCount][fftSize] filter bank.</param>
    /// <param name="melCount">Filter rows; whisper.cpp needs it equal to <see cref="WhisperDims.MelCount"/>.</param>
    /// <param name="fftSize">Filter columns, 201 (1 + 400/2).</param>
    /// <param name="vocabulary">Token strings by id as raw bytes; must contain " " (a single space).</param>
    public void WriteHeader(WhisperDims dims, int fileType, ReadOnlySpan<float> melFilters, int melCount, int fftSize, IReadOnlyList<byte[]> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(dims);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (_headerWritten)
        {
            throw new InvalidOperationException("The header is already written.");
        }

        if (melCount <= 0 || fftSize <= 0 || melFilters.Length != (long)melCount * fftSize)
        {
            throw new ArgumentException($"Expected {melCount} × {fftSize} mel filter values, got {melFilters.Length}.", nameof(melFilters));
        }

        WriteUInt32(WhisperModelReader.Magic);
        foreach (var value in (ReadOnlySpan<int>)[dims.VocabularySize, dims.AudioContext, dims.AudioState, dims.AudioHeads, dims.AudioLayers, dims.TextContext, dims.TextState, dims.TextHeads, dims.TextLayers, dims.MelCount, fileType])
        {
            WriteInt32(value);
        }

        WriteInt32(melCount);
        WriteInt32(fftSize);
        var row = new byte[fftSize * sizeof(float)];
        for (var m = 0; m < melCount; m++)
        {
            var values = melFilters.Slice(m * fftSize, fftSize);
            for (var k = 0; k < fftSize; k++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(row.AsSpan(k * sizeof(float)), values[k]);
            }

            Write(row);
        }

        WriteInt32(vocabulary.Count);
        foreach (var token in vocabulary)
        {
            ArgumentNullException.ThrowIfNull(token, nameof(vocabulary));
            WriteUInt32((uint)token.Length);
            Write(token);
        }

        _headerWritten = true;
    }

    /// <summary>Writes a tensor header; exactly its byte size of data must follow before the next one.</summary>
    /// <param name="name">Tensor name as whisper.cpp knows it, e.g. "encoder.conv1.weight".</param>
    /// <param name="type">Element type stored for it.</param>
    /// <param name="dimensions">1 to 4 dimensions in ggml ne order (contiguous first).</param>
    public void BeginTensor(string name, GgmlType type, params ReadOnlySpan<int> dimensions)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_headerWritten)
        {
            throw new InvalidOperationException("Write the header first.");
        }

        EnsureTensorComplete();
        if (dimensions.Length is < 1 or > 4)
        {
            throw new ArgumentException("A tensor has 1 to 4 dimensions.", nameof(dimensions));
        }

        Span<long> wide = stackalloc long[dimensions.Length];
        for (var i = 0; i < dimensions.Length; i++)
        {
            wide[i] = dimensions[i];
        }

        var elements = GgmlTypeTraits.ElementCount(wide);
        if (elements < 0 || !GgmlTypeTraits.TryGet((int)type, out var blockSize, out _) || dimensions[0] % blockSize != 0)
        {
            throw new ArgumentException($"Invalid shape or type for tensor '{name}'.", nameof(dimensions));
        }

        var nameBytes = Encoding.UTF8.GetBytes(name);
        WriteInt32(dimensions.Length);
        WriteInt32(nameBytes.Length);
        WriteInt32((int)type);
        foreach (var dimension in dimensions)
        {
            WriteInt32(dimension);
        }

        Write(nameBytes);
        _currentTensor = name;
        _currentRemaining = GgmlTypeTraits.ByteSize(type, elements);
    }

    /// <summary>Appends data to the current tensor; never more than it still needs.</summary>
    public void WriteTensorData(ReadOnlySpan<byte> data)
    {
        if (_currentTensor is null || data.Length > _currentRemaining)
        {
            throw new InvalidOperationException(_currentTensor is null
                ? "Begin a tensor first."
                : $"Tensor '{_currentTensor}' needs {_currentRemaining} more bytes, not {data.Length}.");
        }

        Write(data);
        _currentRemaining -= data.Length;
    }

    /// <summary>Checks that the last tensor is complete and flushes.</summary>
    public void Finish()
    {
        if (!_headerWritten)
        {
            throw new InvalidOperationException("The header was not written.");
        }

        EnsureTensorComplete();
        _output.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    private void EnsureTensorComplete()
    {
        if (_currentTensor is not null && _currentRemaining != 0)
        {
            throw new InvalidOperationException($"Tensor '{_currentTensor}' still misses {_currentRemaining} bytes.");
        }
    }

    private void WriteInt32(int value) => WriteUInt32(unchecked((uint)value));

    private void WriteUInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        Write(bytes);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        Position += bytes.Length;
    }
}
