namespace WhaiNot.Drafting.Evaluation;

/// <summary>Whether a trap-draft sentence (section id, 0-based index) is a planted error, and of which kind.</summary>
public sealed record TrapMark(string Section, int Index, bool IsTrap, string? Kind);
