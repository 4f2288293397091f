using System.Runtime.InteropServices;

namespace WhaiNot.Native.Llama;

/// <summary>struct llama_batch (56 bytes). We only use llama_batch_get_one, which fills token and count.</summary>
[StructLayout(LayoutKind.Explicit, Size = 56)]
internal struct LlamaBatch
{
    [FieldOffset(0)] public int TokenCount;
    [FieldOffset(8)] public nint Tokens;
    [FieldOffset(16)] public nint Embeddings;
    [FieldOffset(24)] public nint Positions;
    [FieldOffset(32)] public nint SequenceIdCounts;
    [FieldOffset(40)] public nint SequenceIds;
    [FieldOffset(48)] public nint Logits;
}
