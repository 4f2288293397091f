using WhaiNot.Native.ModelFiles;

namespace WhaiNot.TestModels;

/// <summary>The tensors llama.cpp's "llama" architecture loads (ne order), with an untied output matrix.</summary>
internal static class LlamaTensorLayout
{
    public static List<TensorSpec> Create(LlamaDims dims, int vocabularySize, GgmlType weightType)
    {
        ArgumentNullException.ThrowIfNull(dims);
        long e = dims.EmbeddingLength;
        long q = (long)dims.HeadCount * dims.HeadSize;
        long kv = (long)dims.HeadCountKv * dims.HeadSize;
        long ff = dims.FeedForwardLength;
        var w = weightType;
        var f = GgmlType.F32;
        var tensors = new List<TensorSpec>
        {
            new("token_embd.weight", w, [e, vocabularySize]),
            new("output_norm.weight", f, [e], TensorFill.Ones),
            new("output.weight", w, [e, vocabularySize]),
        };
        for (var i = 0; i < dims.BlockCount; i++)
        {
            var p = $"blk.{i}.";
            tensors.Add(new(p + "attn_norm.weight", f, [e], TensorFill.Ones));
            tensors.Add(new(p + "attn_q.weight", w, [e, q]));
            tensors.Add(new(p + "attn_k.weight", w, [e, kv]));
            tensors.Add(new(p + "attn_v.weight", w, [e, kv]));
            tensors.Add(new(p + "attn_output.weight", w, [q, e]));
            tensors.Add(new(p + "ffn_norm.weight", f, [e], TensorFill.Ones));
            tensors.Add(new(p + "ffn_gate.weight", w, [e, ff]));
            tensors.Add(new(p + "ffn_up.weight", w, [e, ff]));
            tensors.Add(new(p + "ffn_down.weight", w, [ff, e]));
        }

        return tensors;
    }
}
