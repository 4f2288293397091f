using System.Globalization;

namespace WhaiNot.Ui;

/// <summary>Dates and times as a Flemish reader expects them, in the box's time zone.</summary>
public sealed class UiFormat(TimeZoneInfo zone)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone);

    public DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()).DateTime);

    public string Date(DateTimeOffset at) => Local(at).ToString("d MMMM yyyy", Dutch);

    public string DateTime(DateTimeOffset at) => Local(at).ToString("d MMMM yyyy, HH:mm", Dutch);

    public string Time(DateTimeOffset at) => Local(at).ToString("HH:mm", Dutch);

    /// <summary>Whole calendar days from today until the date (negative: late).</summary>
    public int DaysLeft(DateTimeOffset deadline, TimeProvider time) =>
        DateOnly.FromDateTime(Local(deadline).DateTime).DayNumber - Today(time).DayNumber;

    public static string Clock(double seconds) => TimeSpan.FromSeconds(Math.Max(0, seconds)).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", Dutch);
}
