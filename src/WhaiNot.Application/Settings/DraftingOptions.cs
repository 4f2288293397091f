using System.ComponentModel.DataAnnotations;

namespace WhaiNot.Application.Settings;

/// <summary>Budgets of the llm draft engine ("Appliance:Drafting"): how much one call may write.</summary>
public sealed class DraftingOptions
{
    [Range(1, 20)]
    public int MaxSentencesPerCall { get; set; } = 6;

    [Range(20, 1000)]
    public int MaxSentenceCharacters { get; set; } = 200;

    /// <summary>CPU threads for llama.cpp; 0: the model manifest's value. A tiny model is fastest on one.</summary>
    [Range(0, 256)]
    public int Threads { get; set; }

    /// <summary>Upper bound on the context used, whatever the model allows (memory on the GPU).</summary>
    [Range(1024, 131072)]
    public int MaxContextTokens { get; set; } = 8192;
}
