namespace WhaiNot.Native.ModelFiles;

/// <summary>A tensor a loader expects (name, type, ggml ne shape) and, for generated models, what to fill it with.</summary>
public sealed record TensorSpec(string Name, GgmlType Type, long[] Dimensions, TensorFill Fill = TensorFill.Random)
{
    public long ElementCount => GgmlTypeTraits.ElementCount(Dimensions);

    public long ByteSize => GgmlTypeTraits.ByteSize(Type, ElementCount);
}
