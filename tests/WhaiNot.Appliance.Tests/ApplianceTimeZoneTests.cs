using WhaiNot.Application.Settings;

namespace WhaiNot.Appliance.Tests;

/// <summary>The box's one time zone: looked up once, Dutch refusal for an unknown name, whole days in local time.</summary>
public sealed class ApplianceTimeZoneTests
{
    [Fact]
    public void Find_WithTheDefaultZone_ShouldGiveBrussels()
    {
        var zone = ApplianceTimeZone.Find(new ApplianceOptions().TimeZone);

        Assert.Equal("Europe/Brussels", zone.Zone.Id);
    }

    [Theory]
    [InlineData("Europe/Atlantis", "De tijdzone 'Europe/Atlantis' (Appliance:TimeZone) bestaat niet op dit systeem")]
    [InlineData("  ", "De instelling Appliance:TimeZone is leeg")]
    [InlineData(null, "De instelling Appliance:TimeZone is leeg")]
    public void Find_WithAnUnusableName_ShouldRefuseInDutch(string? id, string message)
    {
        var error = Assert.Throws<UnknownTimeZoneException>(() => ApplianceTimeZone.Find(id));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartOf_ShouldBeLocalMidnightWithTheOffsetOfThatDay()
    {
        var brussels = ApplianceTimeZone.Find("Europe/Brussels");

        var winter = brussels.StartOf(new DateOnly(2025, 1, 15));
        var summer = brussels.StartOf(new DateOnly(2025, 7, 15));

        Assert.Equal(new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.FromHours(1)), winter);
        Assert.Equal(TimeSpan.FromHours(1), winter.Offset);
        Assert.Equal(new DateTimeOffset(2025, 7, 14, 22, 0, 0, TimeSpan.Zero), summer.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(2), summer.Offset);
    }
}
