namespace WhaiNot.Domain.Terms;

/// <summary>
/// Belgian time (Europe/Brussels, with summer time). Terms and appointments are calendar dates in
/// Belgium: an instant becomes a date here, never in UTC, so 00:30 on a Sunday in Brussels is Sunday
/// even when it is still Saturday in UTC.
/// </summary>
public static class BrusselsTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The Belgian calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>
    /// The instant of a Belgian wall-clock time. A time skipped when summer time starts (02:00–03:00)
    /// is read as the same time an hour later; a time that occurs twice when it ends is the later one.
    /// </summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
