using WhaiNot.Domain.Terms;

namespace WhaiNot.Domain.Tests.Terms;

/// <summary>Belgian dates around the summer-time changes: a term's days left count from the Belgian date, not UTC's.</summary>
public sealed class BrusselsTimeTests
{
    [Theory]
    [InlineData("2026-03-28T22:59:00Z", "2026-03-28")] // 23:59 winter time
    [InlineData("2026-03-28T23:30:00Z", "2026-03-29")] // 00:30 Brussels, still Saturday in UTC
    [InlineData("2026-03-29T21:59:00Z", "2026-03-29")] // 23:59 summer time
    [InlineData("2026-03-29T22:30:00Z", "2026-03-30")]
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25")] // 00:30 summer time on the day it ends
    [InlineData("2026-10-25T22:59:00Z", "2026-10-25")] // 23:59 winter time
    [InlineData("2026-10-25T23:00:00Z", "2026-10-26")]
    public void DateOf_ShouldGiveTheBelgianDate(string instant, string expected)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), BrusselsTime.DateOf(at));
    }

    [Fact]
    public void DaysLeft_JustAfterMidnightInBrussels_ShouldCountFromTheBelgianDate()
    {
        var term = LegalDeadlines.For(new Domain.Terms.ProcedureDates(Guid.NewGuid(), AidKind.SocialIntegration, new DateOnly(2026, 3, 1), DecidedOn: new DateOnly(2026, 3, 25)))
            .Single(t => t.Kind == LegalTermKind.Notification);

        var utcSaturday = new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(4, term.DaysLeft(BrusselsTime.DateOf(utcSaturday)));
        Assert.Equal(5, term.DaysLeft(DateOnly.FromDateTime(utcSaturday.UtcDateTime)));
    }

    [Fact]
    public void At_ShouldUseTheOffsetOfThatDay_AndReadASkippedTimeAsAnHourLater()
    {
        Assert.Equal(TimeSpan.FromHours(1), BrusselsTime.At(new DateOnly(2026, 3, 28), new TimeOnly(10, 0)).Offset);
        Assert.Equal(TimeSpan.FromHours(2), BrusselsTime.At(new DateOnly(2026, 3, 29), new TimeOnly(10, 0)).Offset);

        var skipped = BrusselsTime.At(new DateOnly(2026, 3, 29), new TimeOnly(2, 30));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), skipped.ToUniversalTime());

        var twice = BrusselsTime.At(new DateOnly(2026, 10, 25), new TimeOnly(2, 30));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), twice.ToUniversalTime());
    }
}
