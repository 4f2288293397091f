namespace WhaiNot.Drafting.Text;

/// <summary>The kinds of checkable facts in a sentence.</summary>
internal enum FactKind
{
    Number,
    Time,
    Date,
    Month,
    Weekday,
}
