namespace WhaiNot.Native.Llama;

/// <summary>The text generated and how long prompt processing and generation took.</summary>
/// <param name="StoppedAtEnd">True when the model ended on its own (end-of-generation token or grammar end), false at MaxTokens.</param>
public sealed record LlamaGeneration(string Text, int PromptTokens, int GeneratedTokens, TimeSpan PromptTime, TimeSpan GenerationTime, bool StoppedAtEnd)
{
    public double PromptTokensPerSecond => PromptTokens / Math.Max(PromptTime.TotalSeconds, 1e-9);

    public double GeneratedTokensPerSecond => GeneratedTokens / Math.Max(GenerationTime.TotalSeconds, 1e-9);
}
