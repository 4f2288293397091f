namespace WhaiNot.Documents.Pdf;

/// <summary>
/// The lines of one block, with the rules for breaking pages around them: SpaceBefore is dropped at the top
/// of a page; KeepTogether moves the whole group to the next page rather than split it (if it fits on one);
/// KeepWithNext never ends a page with this group (headings).
/// </summary>
internal sealed record BlockGroup(IReadOnlyList<LineBox> Lines, float SpaceBefore, bool KeepTogether = false, bool KeepWithNext = false)
{
    public float Height => Lines.Sum(line => line.Height);
}
