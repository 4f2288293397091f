namespace WhaiNot.TestModels;

/// <summary>A SentencePiece ("llama") vocabulary as GGUF stores it: parallel lists by token id.</summary>
internal sealed record SpmVocabulary(IReadOnlyList<string> Tokens, IReadOnlyList<float> Scores, IReadOnlyList<int> Types)
{
    /// <summary>llama_token_type values stored in tokenizer.ggml.token_type.</summary>
    public const int Normal = 1;

    public const int Unknown = 2;

    public const int Control = 3;

    public const int Byte = 6;
}
