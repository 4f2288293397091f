using System.Text.Json.Serialization;

namespace WhaiNot.Domain.Drafts;

/// <summary>One sentence of a draft with the segment ids it rests on; status and reasons are set by the verifier.</summary>
public sealed record DraftSentence(
    string Text,
    IReadOnlyList<string> Sources,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SentenceStatus? Status = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Reasons = null);
