namespace WhaiNot.Native.ModelFiles;

/// <summary>One tensor of a model file, as its header describes it.</summary>
/// <param name="Name">Tensor name, e.g. "blk.0.attn_q.weight" or "decoder.ln.bias".</param>
/// <param name="Type">Element type.</param>
/// <param name="Dimensions">ggml ne order: the first dimension is the contiguous one.</param>
/// <param name="Offset">Absolute position of the tensor's data in the file.</param>
/// <param name="ByteSize">Bytes of data (without GGUF alignment padding).</param>
public sealed record ModelTensorInfo(string Name, GgmlType Type, IReadOnlyList<long> Dimensions, long Offset, long ByteSize);
