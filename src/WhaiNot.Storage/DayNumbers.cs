namespace WhaiNot.Storage;

/// <summary>Calendar dates as stored: <see cref="DateOnly.DayNumber"/>, which LiteDB indexes and compares as a plain integer.</summary>
internal static class DayNumbers
{
    public static int Of(DateOnly day) => day.DayNumber;

    public static int? Of(DateOnly? day) => day?.DayNumber;

    public static DateOnly Day(int dayNumber) => DateOnly.FromDayNumber(dayNumber);

    public static DateOnly? Day(int? dayNumber) => dayNumber is { } n ? DateOnly.FromDayNumber(n) : null;

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
