namespace WhaiNot.Domain.Terms;

/// <summary>What happens when a term's last day is a Saturday, a Sunday or a legal holiday.</summary>
public enum HolidayRule
{
    /// <summary>
    /// Art. 53 Judicial Code (Ger.W.): the last day moves to the next working day. It governs
    /// procedural terms, such as the term to appeal to the labour court.
    /// </summary>
    NextWorkingDay,

    /// <summary>
    /// Whether art. 53 Ger.W. applies is not certain (administrative terms of the OCMW): the calendar
    /// date is shown, being the earlier one, and the term's note says so.
    /// </summary>
    EarlierDateWhenUnsure,
}
