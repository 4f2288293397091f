namespace WhaiNot.Drafting.Evaluation;

/// <summary>
/// Section assignment as samples/README.md defines it: gold pairs G and draft pairs D are
/// (segment, section) sets, TP = |G ∩ D|; over several cases TP, |D| and |G| are summed first.
/// </summary>
public sealed record SectionScore(int TruePositives, int Drafted, int Gold)
{
    public double Precision => Drafted == 0 ? 0 : (double)TruePositives / Drafted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SectionScore Zero { get; } = new(0, 0, 0);

    public SectionScore Add(SectionScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new SectionScore(TruePositives + other.TruePositives, Drafted + other.Drafted, Gold + other.Gold);
    }
}
