using WhaiNot.Documents.Reports;

namespace WhaiNot.Documents.Tests.Reports;

public sealed class SourceLabelsTests
{
    [Theory]
    [InlineData(0, "00:00")]
    [InlineData(192.9, "03:12")]
    [InlineData(3599, "59:59")]
    [InlineData(3600, "1:00:00")]
    [InlineData(7325, "2:02:05")]
    public void Clock_WithSeconds_ShouldWriteMinutesOrHours(double seconds, string expected)
    {
        // Act
        var clock = SourceLabels.Clock(seconds);

        // Assert
        Assert.Equal(expected, clock);
    }

    [Fact]
    public void Range_WithinOneSecond_ShouldStillCoverTheSegment()
    {
        // Act
        var range = SourceLabels.Range(new SourceTime(3.2, 3.8));

        // Assert
        Assert.Equal("00:03–00:04", range);
    }

    [Fact]
    public void Times_WhenSomeSourcesAreGone_ShouldShowTheRestAndSaySoWhenSomeAreMissing()
    {
        // Act
        var label = SourceLabels.Times(["s1", "s9", "s1"], ReportSamples.Times);

        // Assert
        Assert.Equal("bron: 03:12–03:25; deels verwijderd na intrekking toestemming", label);
    }

    [Fact]
    public void SourceTime_WhenEndBeforeStart_ShouldRefuse()
    {
        // Act
        var act = () => new SourceTime(5, 4);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>("end", act);
    }
}
