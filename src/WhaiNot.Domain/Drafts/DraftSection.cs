namespace WhaiNot.Domain.Drafts;

/// <summary>One template section in a draft; a humanOnly section has no sentences.</summary>
public sealed record DraftSection(string Id, string Heading, bool HumanOnly, IReadOnlyList<DraftSentence> Sentences);
