using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Terms;

namespace WhaiNot.Domain.Tests.Terms;

public sealed class ProcedureDatesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly ProcedureDates Requested = new(Guid.NewGuid(), AidKind.SocialIntegration, AidRequestedOn: new DateOnly(2026, 3, 1));

    [Fact]
    public void Checked_WithAPossibleStory_ShouldReturnTheDates()
    {
        var dates = Requested with { DecidedOn = new DateOnly(2026, 3, 20), NotifiedOn = new DateOnly(2026, 3, 20), GrantedOn = new DateOnly(2026, 3, 20), GpmiSignedOn = new DateOnly(2026, 4, 1), GpmiEvaluatedOn = new DateOnly(2026, 6, 1) };

        Assert.Same(dates, dates.Checked(Today));
    }

    [Fact]
    public void Checked_WithADateAfterToday_ShouldRefuseAndNameIt()
    {
        var refusal = Assert.Throws<InvalidRequestRefusal>(() => (Requested with { DecidedOn = Today.AddDays(1) }).Checked(Today));

        Assert.Contains("2 juni 2026", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notified-before-decided", "vóór de beslissing")]
    [InlineData("notified-without-decision", "eerst de datum van de beslissing")]
    [InlineData("decided-before-request", "vóór de aanvraag")]
    [InlineData("forwarded-while-competent", "niet bevoegd")]
    [InlineData("gpmi-for-social-services", "leefloon")]
    [InlineData("evaluated-before-signed", "vóór de ondertekening")]
    [InlineData("no-aid-kind", "soort hulp")]
    public void Checked_WithAnImpossibleOrder_ShouldRefuseInDutch(string story, string expected)
    {
        var dates = story switch
        {
            "notified-before-decided" => Requested with { DecidedOn = new DateOnly(2026, 3, 20), NotifiedOn = new DateOnly(2026, 3, 19) },
            "notified-without-decision" => Requested with { NotifiedOn = new DateOnly(2026, 3, 19) },
            "decided-before-request" => Requested with { DecidedOn = new DateOnly(2026, 2, 28) },
            "forwarded-while-competent" => Requested with { ForwardedOn = new DateOnly(2026, 3, 2) },
            "gpmi-for-social-services" => Requested with { Aid = AidKind.SocialServices, GpmiSignedOn = new DateOnly(2026, 4, 1) },
            "evaluated-before-signed" => Requested with { GpmiSignedOn = new DateOnly(2026, 4, 1), GpmiEvaluatedOn = new DateOnly(2026, 3, 31) },
            _ => Requested with { Aid = null },
        };

        var refusal = Assert.Throws<InvalidRequestRefusal>(() => dates.Checked(Today));

        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }
}
