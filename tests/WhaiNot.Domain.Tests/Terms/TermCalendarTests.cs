using WhaiNot.Domain.Terms;

namespace WhaiNot.Domain.Tests.Terms;

public sealed class TermCalendarTests
{
    [Theory]
    [InlineData("2026-01-14", 3, "2026-04-14")]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")] // leap year
    [InlineData("2026-01-30", 1, "2026-02-28")]
    [InlineData("2026-01-29", 1, "2026-02-28")]
    [InlineData("2027-11-30", 3, "2028-02-29")]
    [InlineData("2026-12-31", 2, "2027-02-28")]
    public void BothMonthReadings_WhenTheEventIsNotAMonthsLastDay_OrTheTargetMonthIsShort_ShouldAgree(string eventDay, int months, string expected)
    {
        var day = DateOnly.Parse(eventDay, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TermCalendar.SameDayNumber(day, months));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TermCalendar.DayBeforeSameDayNumber(day, months));
    }

    [Theory]
    [InlineData("2026-04-30", 1, "2026-05-30", "2026-05-31")]
    [InlineData("2026-02-28", 1, "2026-03-28", "2026-03-31")]
    [InlineData("2028-02-29", 1, "2028-03-29", "2028-03-31")] // leap day
    [InlineData("2026-09-30", 3, "2026-12-30", "2026-12-31")]
    public void MonthReadings_WhenTheEventIsAMonthsLastDay_ShouldPart_WithTheLiteralReadingRunningToTheLastDay(string eventDay, int months, string usual, string literal)
    {
        var day = DateOnly.Parse(eventDay, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(usual, System.Globalization.CultureInfo.InvariantCulture), TermCalendar.SameDayNumber(day, months));
        Assert.Equal(DateOnly.Parse(literal, System.Globalization.CultureInfo.InvariantCulture), TermCalendar.DayBeforeSameDayNumber(day, months));
    }

    [Fact]
    public void DayBeforeSameDayNumber_ShouldNeverBeEarlierThanTheUsualReading_OverFourYears()
    {
        for (var day = new DateOnly(2025, 1, 1); day < new DateOnly(2029, 1, 1); day = day.AddDays(1))
        {
            foreach (var months in new[] { 1, 3 })
            {
                var usual = TermCalendar.SameDayNumber(day, months);
                var literal = TermCalendar.DayBeforeSameDayNumber(day, months);
                Assert.True(literal >= usual, $"{day} + {months}: {literal} < {usual}");
                Assert.True(literal.DayNumber - usual.DayNumber <= 3, $"{day} + {months}: {literal} far from {usual}");
                Assert.Equal(usual.Month, literal.Month);
            }
        }
    }

    [Fact]
    public void AfterDays_ShouldCountCalendarDaysFromTheDayAfter_AcrossMonthEndsAndLeapDays()
    {
        Assert.Equal(new DateOnly(2026, 1, 31), TermCalendar.AfterDays(new DateOnly(2026, 1, 1), 30));
        Assert.Equal(new DateOnly(2026, 3, 2), TermCalendar.AfterDays(new DateOnly(2026, 1, 31), 30));
        Assert.Equal(new DateOnly(2028, 3, 1), TermCalendar.AfterDays(new DateOnly(2028, 1, 31), 30));
        Assert.Equal(new DateOnly(2028, 2, 29), TermCalendar.AfterDays(new DateOnly(2028, 1, 30), 30));
    }
}
