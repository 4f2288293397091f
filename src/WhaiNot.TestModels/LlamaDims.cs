namespace WhaiNot.TestModels;

/// <summary>Shapes of a generated llama-architecture model.</summary>
/// <param name="EmbeddingLength">n_embd (E).</param>
/// <param name="HeadCount">Attention heads (H); divides E.</param>
/// <param name="HeadCountKv">Key/value heads (grouped-query attention); divides H.</param>
/// <param name="BlockCount">Transformer blocks.</param>
/// <param name="FeedForwardLength">n_ff (F).</param>
/// <param name="ContextLength">Training context (llama.context_length).</param>
/// <param name="MinVocabularySize">Pad the small test vocabulary with "&lt;extra_i&gt;" tokens up to this size (0: no padding).</param>
/// <param name="RopeFreqBase">RoPE frequency base.</param>
public sealed record LlamaDims(
    int EmbeddingLength,
    int HeadCount,
    int HeadCountKv,
    int BlockCount,
    int FeedForwardLength,
    int ContextLength,
    int MinVocabularySize,
    float RopeFreqBase)
{
    /// <summary>The tiny test model: E 64, 4 heads, 2 blocks, F 128, context 4096, unpadded vocabulary.</summary>
    public static LlamaDims TinyDefault { get; } = new(64, 4, 4, 2, 128, 4096, 0, 10000f);

    /// <summary>An 8B Llama 3 shape (E 4096, 32 heads, 8 KV heads, 32 blocks, F 14336, context 8192, RoPE base 500000) with a 32000-token vocabulary.</summary>
    public static LlamaDims FullShape { get; } = new(4096, 32, 8, 32, 14336, 8192, 32000, 500000f);

    /// <summary>Size of one attention head (E / H), also the RoPE dimension count.</summary>
    public int HeadSize => EmbeddingLength / HeadCount;
}
