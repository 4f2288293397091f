using System.Runtime.InteropServices;

namespace WhaiNot.Native.Llama;

/// <summary>struct llama_model_quantize_params (llama.cpp v0.5.0, 64 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 64)]
internal struct LlamaQuantizeParams
{
    [FieldOffset(0)] public int Threads;
    [FieldOffset(4)] public int FileType;
    [FieldOffset(8)] public int OutputTensorType;
    [FieldOffset(12)] public int TokenEmbeddingType;
    [FieldOffset(16)] public byte AllowRequantize;
    [FieldOffset(17)] public byte QuantizeOutputTensor;
    [FieldOffset(18)] public byte OnlyCopy;
    [FieldOffset(19)] public byte Pure;
    [FieldOffset(20)] public byte KeepSplit;
    [FieldOffset(21)] public byte DryRun;
    [FieldOffset(24)] public nint Imatrix;
    [FieldOffset(32)] public nint KvOverrides;
    [FieldOffset(40)] public nint TensorTypeOverrides;
    [FieldOffset(48)] public nint PruneLayers;
    [FieldOffset(56)] public ulong MaxBufferSize;
}
