using System.Runtime.InteropServices;

namespace WhaiNot.Native.Whisper;

/// <summary>
/// struct whisper_context_params (whisper.cpp 1.9.3, 48 bytes). Offsets as measured against the
/// shipped binary; C bool is one byte.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 48)]
internal struct WhisperContextParams
{
    [FieldOffset(0)] public byte UseGpu;
    [FieldOffset(1)] public byte FlashAttn;
    [FieldOffset(4)] public int GpuDevice;
    [FieldOffset(8)] public byte DtwTokenTimestamps;
    [FieldOffset(12)] public int DtwAheadsPreset;
    [FieldOffset(16)] public int DtwNTop;
    [FieldOffset(24)] public nuint DtwAheadsCount;
    [FieldOffset(32)] public nint DtwAheads;
    [FieldOffset(40)] public nuint DtwMemSize;
}
