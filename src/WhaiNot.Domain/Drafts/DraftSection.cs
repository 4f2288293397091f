using System.Text.Json.Serialization;

namespace WhaiNot.Domain.Drafts;

/// <summary>One template section in a draft; a humanOnly section has no sentences.</summary>
/// <param name="NotApplicable">
/// The worker's explicit "niet van toepassing" for a section with nothing to say: a required section
/// needs sentences or this mark before validation. Never set by an engine; written only when true, so
/// drafts keep the contract's shape.
/// </param>
public sealed record DraftSection(
    string Id,
    string Heading,
    bool HumanOnly,
    IReadOnlyList<DraftSentence> Sentences,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool NotApplicable = false);
