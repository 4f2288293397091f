using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace WhaiNot.Native.ModelFiles;

/// <summary>
/// Forward reader over a model file with its own buffer. Every read first checks that the file still
/// holds the bytes, so a cut-off or lying header ends in a <see cref="ModelFileException"/> that says
/// what was being read, never in an allocation sized by untrusted counts.
/// </summary>
internal sealed class ModelFileCursor : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly SafeFileHandle _handle;
    private readonly byte[] _buffer = new byte[BufferSize];
    private long _bufferOffset;
    private int _bufferLength;

    private ModelFileCursor(string path, SafeFileHandle handle)
    {
        FilePath = path;
        _handle = handle;
        Length = RandomAccess.GetLength(handle);
    }

    public string FilePath { get; }

    public long Length { get; }

    public long Position { get; private set; }

    public long Remaining => Length - Position;

    /// <summary>Opens <paramref name="path"/> and runs <paramref name="parse"/>, turning I/O failures into Dutch messages.</summary>
    public static T Parse<T>(string path, Func<ModelFileCursor, T> parse)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var cursor = new ModelFileCursor(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read));
            return parse(cursor);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw ModelFileException.Other(path, "bestaat niet.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ModelFileException.Other(path, $"kan niet worden gelezen: {ex.Message}", ex);
        }
    }

    public void Dispose() => _handle.Dispose();

    /// <summary>Throws the "afgekapt" error unless <paramref name="count"/> more bytes are there.</summary>
    public void Require(long count, string what)
    {
        if (count > Remaining)
        {
            throw ModelFileException.Truncated(FilePath, what, count, Remaining);
        }
    }

    public byte ReadByte(string what) => Take(1, what)[0];

    public ushort ReadUInt16(string what) => BinaryPrimitives.ReadUInt16LittleEndian(Take(2, what));

    public uint ReadUInt32(string what) => BinaryPrimitives.ReadUInt32LittleEndian(Take(4, what));

    public int ReadInt32(string what) => BinaryPrimitives.ReadInt32LittleEndian(Take(4, what));

    public ulong ReadUInt64(string what) => BinaryPrimitives.ReadUInt64LittleEndian(Take(8, what));

    public long ReadInt64(string what) => BinaryPrimitives.ReadInt64LittleEndian(Take(8, what));

    /// <summary>Reads exactly <paramref name="destination"/>.Length bytes (after the bounds check).</summary>
    public void ReadExactly(Span<byte> destination, string what)
    {
        Require(destination.Length, what);
        if (destination.Length <= BufferSize)
        {
            Take(destination.Length, what).CopyTo(destination);
            return;
        }

        var done = 0;
        while (done < destination.Length)
        {
            var read = RandomAccess.Read(_handle, destination[done..], Position + done);
            if (read == 0)
            {
                // The file shrank while being read.
                throw ModelFileException.Truncated(FilePath, what, destination.Length, done);
            }

            done += read;
        }

        Position += destination.Length;
    }

    /// <summary>Moves past <paramref name="count"/> bytes without reading them.</summary>
    public void Skip(long count, string what)
    {
        Require(count, what);
        Position += count;
    }

    private ReadOnlySpan<byte> Take(int count, string what)
    {
        Require(count, what);
        if (Position < _bufferOffset || Position + count > _bufferOffset + _bufferLength)
        {
            Fill(count, what);
        }

        var span = _buffer.AsSpan((int)(Position - _bufferOffset), count);
        Position += count;
        return span;
    }

    private void Fill(int needed, string what)
    {
        _bufferOffset = Position;
        _bufferLength = 0;
        var want = (int)Math.Min(BufferSize, Remaining);
        while (_bufferLength < want)
        {
            var read = RandomAccess.Read(_handle, _buffer.AsSpan(_bufferLength, want - _bufferLength), _bufferOffset + _bufferLength);
            if (read == 0)
            {
                break;
            }

            _bufferLength += read;
        }

        if (_bufferLength < needed)
        {
            throw ModelFileException.Truncated(FilePath, what, needed, _bufferLength);
        }
    }
}
