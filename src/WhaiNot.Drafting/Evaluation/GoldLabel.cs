namespace WhaiNot.Drafting.Evaluation;

/// <summary>One labelled segment of a gold file and the sections its facts belong to.</summary>
public sealed record GoldLabel(string Segment, IReadOnlyList<string> Sections);
