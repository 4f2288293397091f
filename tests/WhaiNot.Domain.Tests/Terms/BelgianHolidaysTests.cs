using WhaiNot.Domain.Terms;

namespace WhaiNot.Domain.Tests.Terms;

public sealed class BelgianHolidaysTests
{
    [Theory]
    [InlineData(2008, 3, 23)] // early
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)] // latest possible date
    public void EasterSunday_ShouldMatchThePublishedDate(int year, int month, int day)
    {
        var easter = BelgianHolidays.EasterSunday(year);

        Assert.Equal(new DateOnly(year, month, day), easter);
        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
    }

    [Fact]
    public void Of_ShouldGiveTheTenLegalHolidaysWithTheMovableOnesAfterEaster()
    {
        var holidays = BelgianHolidays.Of(2026);
        var easter = BelgianHolidays.EasterSunday(2026);

        Assert.Equal(10, holidays.Count);
        Assert.Equal(10, holidays.Select(h => h.Day).Distinct().Count());
        Assert.Contains(holidays, h => h.Day == new DateOnly(2026, 4, 6) && h.Name == "Paasmaandag");
        Assert.Contains(holidays, h => h.Day == new DateOnly(2026, 5, 14) && h.Name == "O.L.H. Hemelvaart");
        Assert.Contains(holidays, h => h.Day == new DateOnly(2026, 5, 25) && h.Name == "Pinkstermaandag");
        Assert.Equal(DayOfWeek.Monday, holidays.Single(h => h.Name == "Paasmaandag").Day.DayOfWeek);
        Assert.Equal(DayOfWeek.Thursday, holidays.Single(h => h.Name == "O.L.H. Hemelvaart").Day.DayOfWeek);
        Assert.Equal(easter.AddDays(50), holidays.Single(h => h.Name == "Pinkstermaandag").Day);
        Assert.Equal(holidays.OrderBy(h => h.Day).Select(h => h.Day), holidays.Select(h => h.Day));
    }

    [Fact]
    public void WhyNoWorkingDay_ShouldNameWeekendsAndHolidays_AndNotTheFlemishHolidayOf11July()
    {
        Assert.Equal("een zaterdag", BelgianHolidays.WhyNoWorkingDay(new DateOnly(2026, 1, 31)));
        Assert.Equal("een zondag", BelgianHolidays.WhyNoWorkingDay(new DateOnly(2026, 2, 1)));
        Assert.Equal("een wettelijke feestdag (Nationale feestdag)", BelgianHolidays.WhyNoWorkingDay(new DateOnly(2026, 7, 21)));
        Assert.Equal("een wettelijke feestdag (Allerheiligen)", BelgianHolidays.WhyNoWorkingDay(new DateOnly(2026, 11, 1))); // also a Sunday
        Assert.Null(BelgianHolidays.WhyNoWorkingDay(new DateOnly(2025, 7, 11))); // a Friday; community holiday only
        Assert.Null(BelgianHolidays.WhyNoWorkingDay(new DateOnly(2026, 2, 2)));
    }

    [Fact]
    public void NextWorkingDay_OverTheEasterWeekend_ShouldSkipEasterMonday()
    {
        Assert.Equal(new DateOnly(2026, 4, 7), BelgianHolidays.NextWorkingDay(new DateOnly(2026, 4, 4)));
        Assert.Equal(new DateOnly(2026, 4, 3), BelgianHolidays.NextWorkingDay(new DateOnly(2026, 4, 3)));
        Assert.Equal(new DateOnly(2027, 1, 4), BelgianHolidays.NextWorkingDay(new DateOnly(2026, 12, 31).AddDays(1))); // New Year's Friday, then a weekend
    }
}
