namespace WhaiNot.Domain.Terms;

/// <summary>One rule of <see cref="LegalTermRules"/>: how long a term runs, how its end is treated, and the law it comes from.</summary>
/// <param name="Aid">The kind of aid the rule applies to; null when it applies to both.</param>
/// <param name="Title">Dutch name of the term, as the worker sees it.</param>
/// <param name="Rule">Dutch rule text (B1), shown with the term.</param>
/// <param name="Source">The legal reference, shown with the term.</param>
public sealed record LegalTermRule(
    LegalTermKind Kind,
    AidKind? Aid,
    TermLength Length,
    HolidayRule Holidays,
    TermParty Party,
    string Title,
    string Rule,
    string Source);
