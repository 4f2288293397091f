namespace WhaiNot.Drafting.Llm;

/// <summary>Where a running llm draft is: section <see cref="Section"/> of <see cref="Sections"/> (engine-filled sections only).</summary>
public sealed record DraftProgress(int Section, int Sections, string SectionId, string Heading);
