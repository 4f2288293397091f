namespace WhaiNot.Cli.Commands;

/// <summary>What one LLM benchmark run does.</summary>
internal sealed record LlamaBenchSettings(int PromptTokens, int GenerateTokens, int Runs, int GpuLayers, int Threads);
