namespace WhaiNot.Drafting.Extractive;

/// <summary>The sections one segment's facts go to (first = strongest), and the question it answers when the answer needs it.</summary>
internal sealed record Assignment(int Segment, IReadOnlyList<string> Sections, int? Question);
