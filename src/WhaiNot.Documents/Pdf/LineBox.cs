namespace WhaiNot.Documents.Pdf;

/// <summary>
/// One printed line, the unit a page break may fall after. Height includes padding;
/// Baseline is measured from the top of the box.
/// </summary>
internal sealed record LineBox(IReadOnlyList<PlacedRun> Runs, float Height, float Baseline)
{
    public bool RuleAbove { get; init; }

    public bool RuleBelow { get; init; }
}
