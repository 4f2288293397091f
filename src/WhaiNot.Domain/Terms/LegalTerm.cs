namespace WhaiNot.Domain.Terms;

/// <summary>
/// One computed legal term: what starts it, the day it ends as shown, its rule and legal source, and
/// a note when the end needed a choice (weekend, holiday, month reading).
/// </summary>
/// <param name="StartedBy">The event day that starts the term (the term itself begins the day after).</param>
/// <param name="CalendarEnd">The last day counted on the calendar, before any weekend or holiday rule.</param>
/// <param name="EndsOn">The last day as shown: moved to the next working day only where the law surely does so.</param>
/// <param name="Note">Dutch: why <see cref="EndsOn"/> is what it is when a choice was made; null when plain.</param>
/// <param name="MetOn">The day the OCMW did what the term asks (decided, notified, …); null while open and always for the client's terms.</param>
public sealed record LegalTerm(
    LegalTermKind Kind,
    AidKind? Aid,
    TermParty Party,
    string Title,
    DateOnly StartedBy,
    DateOnly CalendarEnd,
    DateOnly EndsOn,
    string Rule,
    string Source,
    string? Note,
    DateOnly? MetOn)
{
    public bool IsOpen => MetOn is null;

    /// <summary>Met on or before its last day; null while open.</summary>
    public bool? MetInTime => MetOn is { } met ? met <= EndsOn : null;

    /// <summary>Calendar days from <paramref name="today"/> to the last day: 0 on the last day, negative once passed.</summary>
    public int DaysLeft(DateOnly today) => EndsOn.DayNumber - today.DayNumber;

    public bool IsPassed(DateOnly today) => IsOpen && today > EndsOn;

    /// <summary>
    /// Whether the worker should see this term today: an open duty of the OCMW that ends within
    /// <paramref name="withinDays"/> days or has passed; a term of the client only while it still runs.
    /// </summary>
    public bool NeedsAttention(DateOnly today, int withinDays) =>
        IsOpen && DaysLeft(today) <= withinDays && (Party == TermParty.Ocmw || DaysLeft(today) >= 0);
}
