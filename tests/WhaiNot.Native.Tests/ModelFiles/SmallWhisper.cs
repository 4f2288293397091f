using WhaiNot.Native.ModelFiles;

namespace WhaiNot.Native.Tests.ModelFiles;

/// <summary>Writes small whisper models (width 8, 1+1 layers, 50 tensors, zero data) with optional defects.</summary>
internal static class SmallWhisper
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
}
