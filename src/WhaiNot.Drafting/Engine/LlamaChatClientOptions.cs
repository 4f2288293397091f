namespace WhaiNot.Drafting.Engine;

/// <summary>Defaults for <see cref="LlamaChatClient"/>; per-call <c>ChatOptions</c> override the first three.</summary>
public sealed record LlamaChatClientOptions(
    int MaxOutputTokens = 1024,
    float Temperature = 0f,
    uint Seed = 42,
    int ContextSize = 8192,
    int Threads = 0);
