using WhaiNot.Domain.Parity;
using static WhaiNot.Domain.Tests.Parity.Outcomes;

namespace WhaiNot.Domain.Tests.Parity;

public sealed class DurationStatisticsTests
{
    [Fact]
    public void Median_WhenCountIsOdd_ShouldReturnTheMiddleValue()
    {
        var durations = Hours(5, 1, 4, 2, 3);

        var median = DurationStatistics.Median(durations);

        Assert.Equal(TimeSpan.FromHours(3), median);
    }

    [Fact]
    public void Median_WhenCountIsEven_ShouldAverageTheTwoMiddleValues()
    {
        var durations = Hours(4, 1, 3, 2);

        var median = DurationStatistics.Median(durations);

        Assert.Equal(TimeSpan.FromHours(2.5), median);
    }

    [Fact]
    public void Median_WhenMiddleTicksAreOdd_ShouldStillBeExact()
    {
        var durations = new[] { TimeSpan.FromTicks(3), TimeSpan.FromTicks(5) };

        var median = DurationStatistics.Median(durations);

        Assert.Equal(TimeSpan.FromTicks(4), median);
    }

    [Fact]
    public void Median_WhenSingleValue_ShouldReturnThatValue()
    {
        var median = DurationStatistics.Median(Hours(7));

        Assert.Equal(TimeSpan.FromHours(7), median);
    }

    [Fact]
    public void Median_WhenEmpty_ShouldReturnNull()
    {
        var median = DurationStatistics.Median([]);

        Assert.Null(median);
    }

    [Theory]
    [InlineData(5, 5)] // ⌈0.9 × 5⌉ = 5
    [InlineData(4, 4)] // ⌈3.6⌉ = 4
    [InlineData(10, 9)] // ⌈9⌉ = 9: exactly on a rank, no rounding up
    [InlineData(11, 10)] // ⌈9.9⌉ = 10
    [InlineData(20, 18)] // ⌈18⌉ = 18, where 0.9 × 20 in doubles is 18.000000000000004
    [InlineData(1, 1)]
    public void NearestRankPercentile_For90_ShouldTakeTheCeilingRank(int count, int expectedHours)
    {
        // Values 1..count hours, shuffled, so the rank is readable as the hour.
        var durations = Enumerable.Range(1, count).Reverse().Select(h => TimeSpan.FromHours(h)).ToArray();

        var percentile = DurationStatistics.NearestRankPercentile(durations, 90);

        Assert.Equal(TimeSpan.FromHours(expectedHours), percentile);
    }

    [Fact]
    public void NearestRankPercentile_For100_ShouldReturnTheMaximum()
    {
        var percentile = DurationStatistics.NearestRankPercentile(Hours(2, 9, 4), 100);

        Assert.Equal(TimeSpan.FromHours(9), percentile);
    }

    [Fact]
    public void NearestRankPercentile_WhenEmpty_ShouldReturnNull()
    {
        var percentile = DurationStatistics.NearestRankPercentile([], 90);

        Assert.Null(percentile);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void NearestRankPercentile_WhenPercentileOutOfRange_ShouldThrow(double percentile)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationStatistics.NearestRankPercentile(Hours(1), percentile));
    }
}
