namespace WhaiNot.Drafting.Text;

/// <summary>
/// One checkable fact: a number, a clock time (minutes past 0 or 12 o'clock, so "14 uur" equals
/// "twee uur"), a date (day * 100 + month), a month or a weekday. <see cref="Display"/> is how a
/// reason names it; <see cref="First"/>..<see cref="Last"/> are its tokens.
/// </summary>
internal sealed record Fact(FactKind Kind, long Value, string Display, int First, int Last);
