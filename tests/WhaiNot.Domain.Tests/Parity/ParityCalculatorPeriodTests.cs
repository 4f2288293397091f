using WhaiNot.Domain.Parity;
using static WhaiNot.Domain.Tests.Parity.Outcomes;

namespace WhaiNot.Domain.Tests.Parity;

/// <summary>Which conversations fall in a period, judged on the Brussels calendar.</summary>
public sealed class ParityCalculatorPeriodTests
{
    private static readonly DateTimeOffset FarFuture = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2025-12-31T22:59:59Z", false)] // 31 Dec 23:59:59 CET
    [InlineData("2025-12-31T23:00:00Z", true)] // 1 Jan 00:00 CET, still 31 Dec in UTC
    [InlineData("2026-01-31T22:59:59Z", true)] // 31 Jan 23:59:59 CET
    [InlineData("2026-01-31T23:00:00Z", false)] // 1 Feb 00:00 CET, still 31 Jan in UTC
    public void Calculate_AtMidnightInWinter_ShouldUseTheBrusselsDate(string ended, bool inJanuary)
    {
        var report = CountIn(ended, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        Assert.Equal(inJanuary ? 1 : 0, report.Ai.Conversations);
    }

    [Theory]
    [InlineData("2026-05-31T21:59:59Z", false)] // 31 May 23:59:59 CEST
    [InlineData("2026-05-31T22:00:00Z", true)] // 1 June 00:00 CEST
    [InlineData("2026-06-30T21:59:59Z", true)] // 30 June 23:59:59 CEST
    [InlineData("2026-06-30T22:00:00Z", false)] // 1 July 00:00 CEST, still 30 June in UTC
    public void Calculate_AtMidnightInSummer_ShouldUseTheBrusselsDate(string ended, bool inJune)
    {
        var report = CountIn(ended, JuneFirst, JuneLast);

        Assert.Equal(inJune ? 1 : 0, report.Ai.Conversations);
    }

    [Theory]
    [InlineData("2026-03-28T22:59:59Z", false)] // 28 March 23:59:59 CET
    [InlineData("2026-03-28T23:00:00Z", true)] // 29 March 00:00 CET
    [InlineData("2026-03-29T00:59:59Z", true)] // 01:59:59 CET, just before the clocks jump
    [InlineData("2026-03-29T01:00:00Z", true)] // 03:00 CEST, just after
    [InlineData("2026-03-29T21:59:59Z", true)] // 23:59:59 CEST: a 23-hour day
    [InlineData("2026-03-29T22:00:00Z", false)] // 30 March 00:00 CEST
    public void Calculate_OnTheSpringDstDay_ShouldCoverTheShortLocalDay(string ended, bool onThatDay)
    {
        var day = new DateOnly(2026, 3, 29);

        var report = CountIn(ended, day, day);

        Assert.Equal(onThatDay ? 1 : 0, report.Ai.Conversations);
    }

    [Theory]
    [InlineData("2026-10-24T21:59:59Z", false)] // 24 Oct 23:59:59 CEST
    [InlineData("2026-10-24T22:00:00Z", true)] // 25 Oct 00:00 CEST
    [InlineData("2026-10-25T00:30:00Z", true)] // 02:30 CEST, the first time
    [InlineData("2026-10-25T01:30:00Z", true)] // 02:30 CET, the second time
    [InlineData("2026-10-25T22:59:59Z", true)] // 23:59:59 CET: a 25-hour day
    [InlineData("2026-10-25T23:00:00Z", false)] // 26 Oct 00:00 CET
    public void Calculate_OnTheAutumnDstDay_ShouldCoverTheLongLocalDay(string ended, bool onThatDay)
    {
        var day = new DateOnly(2026, 10, 25);

        var report = CountIn(ended, day, day);

        Assert.Equal(onThatDay ? 1 : 0, report.Ai.Conversations);
    }

    [Fact]
    public void Calculate_WhenEndIsStoredWithAnotherOffset_ShouldJudgeTheSameInstant()
    {
        // 30 June 22:30 UTC = 1 July 00:30 in Brussels, although it reads "1 July 03:30" at +05:00
        // and "30 June 22:30" in UTC: only the instant counts.
        var instant = new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero);
        var outcomes = new[]
        {
            Outcome(ReportPath.Ai, null, ended: instant),
            Outcome(ReportPath.Ai, null, ended: instant.ToOffset(TimeSpan.FromHours(5))),
            Outcome(ReportPath.Ai, null, ended: instant.ToOffset(TimeSpan.FromHours(-10))),
        };

        var june = ParityCalculator.Calculate(outcomes, JuneFirst, JuneLast, FarFuture, Brussels);
        var july = ParityCalculator.Calculate(outcomes, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31), FarFuture, Brussels);

        Assert.Equal(0, june.Ai.Conversations);
        Assert.Equal(3, july.Ai.Conversations);
    }

    [Fact]
    public void Calculate_WhenWaitSpansTheSpringDstChange_ShouldMeasureElapsedTime()
    {
        // Noon Saturday CET to noon Sunday CEST is 23 hours on the clock on the wall.
        var ended = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.FromHours(1));
        var validated = new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.FromHours(2));
        var outcome = new ConversationOutcome(Guid.NewGuid(), TeamA, ReportPath.Alternative, ended, ended.AddDays(5), validated);
        var march = new DateOnly(2026, 3, 1);

        var report = ParityCalculator.Calculate([outcome], march, new DateOnly(2026, 3, 31), FarFuture, Brussels);

        Assert.Equal(TimeSpan.FromHours(23), report.Alternative.MedianToValidation);
    }

    [Fact]
    public void Calculate_WhenZoneDiffers_ShouldUseThatZonesCalendar()
    {
        // 30 June 22:30 UTC is still 30 June in UTC but already 1 July in Brussels.
        var outcome = Outcome(ReportPath.Ai, null, ended: new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero));

        var inUtc = ParityCalculator.Calculate([outcome], JuneFirst, JuneLast, FarFuture, TimeZoneInfo.Utc);
        var inBrussels = ParityCalculator.Calculate([outcome], JuneFirst, JuneLast, FarFuture, Brussels);

        Assert.Equal(1, inUtc.Ai.Conversations);
        Assert.Equal(0, inBrussels.Ai.Conversations);
    }

    private static ParityReport CountIn(string ended, DateOnly from, DateOnly to)
    {
        var end = DateTimeOffset.Parse(ended, System.Globalization.CultureInfo.InvariantCulture);
        return ParityCalculator.Calculate([Outcome(ReportPath.Ai, null, ended: end)], from, to, FarFuture, Brussels);
    }
}
