using System.Runtime.InteropServices;

namespace WhaiNot.Native.Llama;

/// <summary>struct llama_context_params (llama.cpp v0.5.0, 160 bytes). Only the fields we set are named.</summary>
[StructLayout(LayoutKind.Explicit, Size = 160)]
internal unsafe struct LlamaContextParams
{
    [FieldOffset(0)] public uint ContextSize;
    [FieldOffset(4)] public uint BatchSize;
    [FieldOffset(8)] public uint MicroBatchSize;
    [FieldOffset(12)] public uint MaxSequences;
    [FieldOffset(28)] public int Threads;
    [FieldOffset(32)] public int BatchThreads;
    [FieldOffset(52)] public int FlashAttentionType;
    [FieldOffset(112)] public delegate* unmanaged[Cdecl]<nint, byte> AbortCallback;
    [FieldOffset(120)] public nint AbortCallbackData;
    [FieldOffset(128)] public byte Embeddings;
    [FieldOffset(129)] public byte OffloadKqv;
    [FieldOffset(130)] public byte NoPerf;
}
