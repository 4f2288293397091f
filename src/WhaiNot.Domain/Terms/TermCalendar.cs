namespace WhaiNot.Domain.Terms;

/// <summary>
/// Counting calendar days and months. A term starts the day after the event and counts every day,
/// weekends and holidays included (art. 52 Ger.W.); the last day is part of the term. Months are
/// counted on dates, never as 30 days.
/// </summary>
public static class TermCalendar
{
    /// <summary>The last day of a term of <paramref name="days"/> calendar days after the event.</summary>
    public static DateOnly AfterDays(DateOnly eventDay, int days) => eventDay.AddDays(days);

    /// <summary>
    /// The usual reading of a term in months: the same day number, <paramref name="months"/> later
    /// (14 January → 14 April), or the month's last day when that month is shorter (31 January + 1 → 28/29 February).
    /// </summary>
    public static DateOnly SameDayNumber(DateOnly eventDay, int months) => eventDay.AddMonths(months);

    /// <summary>
    /// The literal reading of art. 54 Ger.W., "van de zoveelste tot de dag vóór de zoveelste", counted
    /// from the first day of the term (the day after the event). It only differs from
    /// <see cref="SameDayNumber"/> when the event falls on a month's last day: 30 April + 1 month
    /// runs from 1 May to the day before 1 June, 31 May.
    /// </summary>
    public static DateOnly DayBeforeSameDayNumber(DateOnly eventDay, int months)
    {
        var first = eventDay.AddDays(1);
        var target = new DateOnly(first.Year, first.Month, 1).AddMonths(months);
        if (first.Day == 1)
        {
            return target.AddDays(-1);
        }

        // "The day before the 31st" of a month that has no 31st is its last day.
        return new DateOnly(target.Year, target.Month, Math.Min(first.Day - 1, DateTime.DaysInMonth(target.Year, target.Month)));
    }
}
