using WhaiNot.Native.ModelFiles;
using WhaiNot.TestModels;

namespace WhaiNot.TestSupport;

/// <summary>Writes small whisper models (width 8, 1+1 layers, 50 tensors, zero data) with optional defects.</summary>
public static class SmallWhisper
{
    public static WhisperDims Dims { get; } = new(51864, 1500, 8, 1, 1, 448, 8, 1, 1, 80);

    public static void Write(
        string path,
        Func<List<TensorSpec>, IEnumerable<TensorSpec>>? editTensors = null,
        IReadOnlyList<byte[]>? vocabulary = null,
        int fileType = 1)
    {
        var weightType = fileType == 0 ? GgmlType.F32 : GgmlType.F16;
        var tensors = WhisperTensorLayout.Create(Dims, weightType);
        using var writer = new WhisperModelWriter(File.Create(path));
        writer.WriteHeader(Dims, fileType, new float[80 * 201], 80, 201, vocabulary ?? [" "u8.ToArray(), "a"u8.ToArray(), " de"u8.ToArray()]);
        foreach (var spec in editTensors?.Invoke(tensors) ?? tensors)
        {
            writer.BeginTensor(spec.Name, spec.Type, spec.Dimensions.Select(d => (int)d).ToArray());
            writer.WriteTensorData(new byte[spec.ByteSize]);
        }

        writer.Finish();
    }

    /// <summary>Overwrites one little-endian int at <paramref name="offset"/>, to damage a header on purpose.</summary>
    public static void Patch(string path, int offset, int value)
    {
        using var stream = File.OpenWrite(path);
        stream.Position = offset;
        stream.Write(BitConverter.GetBytes(value));
    }
}
