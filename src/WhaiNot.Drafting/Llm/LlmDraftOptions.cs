namespace WhaiNot.Drafting.Llm;

/// <summary>
/// Budgets for the llm engine, in tokens. A section's prompt holds only its relevant segments; when
/// they don't fit in <see cref="ContextTokens"/> minus the instructions (counted, plus
/// <see cref="InstructionTokens"/> for the chat template and header) and the answer, they are
/// split over several calls, so an hour-long transcript never overflows the context.
/// </summary>
public sealed record LlmDraftOptions(
    int ContextTokens = 8192,
    int InstructionTokens = 160,
    int MaxSentencesPerCall = 6,
    int MaxSentenceCharacters = 200)
{
    /// <summary>
    /// Room for the answer: two tokens per character allowed (a real model needs about a quarter
    /// token per Dutch character). A weaker model writing byte tokens can still run out; the engine
    /// then asks again for a single sentence, for which <see cref="SingleSentenceTokens"/> is the
    /// true worst case (four byte tokens per character), so the JSON always closes.
    /// </summary>
    public int MaxOutputTokens => 16 + (MaxSentencesPerCall * ((2 * MaxSentenceCharacters) + 48));

    public int SingleSentenceTokens => 64 + (4 * MaxSentenceCharacters);
}
