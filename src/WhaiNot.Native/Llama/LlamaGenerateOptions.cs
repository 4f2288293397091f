namespace WhaiNot.Native.Llama;

/// <summary>Per-call generation settings.</summary>
/// <param name="Grammar">A GBNF grammar (root rule "root") the output must follow, or null for free text.</param>
/// <param name="Temperature">0 means greedy (deterministic).</param>
public sealed record LlamaGenerateOptions(
    int MaxTokens = 512,
    string? Grammar = null,
    float Temperature = 0f,
    uint Seed = 42,
    int ContextSize = 4096,
    int Threads = 0);
