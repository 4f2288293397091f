using System.Runtime.InteropServices;

namespace WhaiNot.Native.Llama;

/// <summary>struct llama_model_params (llama.cpp v0.5.0, 80 bytes); offsets measured against the shipped binary.</summary>
[StructLayout(LayoutKind.Explicit, Size = 80)]
internal struct LlamaModelParams
{
    [FieldOffset(0)] public nint Devices;
    [FieldOffset(8)] public nint TensorBufferOverrides;
    [FieldOffset(16)] public int GpuLayers;
    [FieldOffset(20)] public int SplitMode;
    [FieldOffset(24)] public int LoadMode;
    [FieldOffset(28)] public int LazyMode;
    [FieldOffset(32)] public int MainGpu;
    [FieldOffset(40)] public nint TensorSplit;
    [FieldOffset(48)] public nint ProgressCallback;
    [FieldOffset(56)] public nint ProgressCallbackUserData;
    [FieldOffset(64)] public nint KvOverrides;
    [FieldOffset(72)] public byte VocabOnly;
    [FieldOffset(73)] public byte CheckTensors;
    [FieldOffset(74)] public byte UseExtraBufferTypes;
    [FieldOffset(75)] public byte NoHost;
    [FieldOffset(76)] public byte NoAlloc;
    [FieldOffset(77)] public byte LoadMtp;
}
