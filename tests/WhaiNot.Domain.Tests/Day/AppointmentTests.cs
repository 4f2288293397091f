using WhaiNot.Domain.Day;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Domain.Tests.Day;

public sealed class AppointmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly Guid Worker = Guid.NewGuid();

    [Fact]
    public void Plan_ShouldTrimThePlaceAndStartUnlinked()
    {
        var appointment = Plan(AppointmentPlace.At("  Kerkstraat 12, Gent  "), homeVisit: true);

        Assert.Equal("Kerkstraat 12, Gent", appointment.Place.Where);
        Assert.True(appointment.HomeVisit);
        Assert.Null(appointment.ConversationId);
        Assert.Equal(Worker, appointment.WorkerId);
    }

    [Fact]
    public void Plan_ByTelephone_ShouldHaveNoPlace_AndCannotBeAHomeVisit()
    {
        Assert.Null(Plan(new AppointmentPlace("ignored", ByTelephone: true), homeVisit: false).Place.Where);
        Assert.Contains("huisbezoek", Assert.Throws<InvalidRequestRefusal>(() => Plan(AppointmentPlace.Telephone, homeVisit: true)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Plan_WithoutAPlace_ShouldRefuse(string? where)
    {
        var refusal = Assert.Throws<InvalidRequestRefusal>(() => Plan(new AppointmentPlace(where, ByTelephone: false), homeVisit: false));

        Assert.Contains("telefonisch", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_WithAPlaceTooLong_ShouldRefuse()
    {
        Assert.Throws<InvalidRequestRefusal>(() => Plan(AppointmentPlace.At(new string('x', AppointmentPlace.MaxLength + 1)), homeVisit: false));
        Plan(AppointmentPlace.At(new string('x', AppointmentPlace.MaxLength)), homeVisit: false);
    }

    [Fact]
    public void MovedTo_ShouldKeepTheIdAndChangeMomentAndPlace()
    {
        var appointment = Plan(AppointmentPlace.At("Onthaal"), homeVisit: false);

        var moved = appointment.MovedTo(new DateOnly(2026, 3, 30), new TimeOnly(14, 15), AppointmentPlace.Telephone, homeVisit: false);

        Assert.Equal(appointment.Id, moved.Id);
        Assert.Equal(new DateOnly(2026, 3, 30), moved.Day);
        Assert.Equal(new TimeOnly(14, 15), moved.StartsAt);
        Assert.True(moved.Place.ByTelephone);
        Assert.Equal(appointment.CreatedAt, moved.CreatedAt);
    }

    [Fact]
    public void MovedTo_AfterTheConversationStarted_ShouldRefuseAsConflict()
    {
        var held = Plan(AppointmentPlace.At("Onthaal"), homeVisit: false).LinkedTo(Guid.NewGuid());

        Assert.Throws<ConflictRefusal>(() => held.MovedTo(held.Day.AddDays(1), held.StartsAt, held.Place, held.HomeVisit));
    }

    [Fact]
    public void LinkedTo_ShouldAcceptTheSameConversationAgain_ButNotAnother()
    {
        var conversation = Guid.NewGuid();
        var linked = Plan(AppointmentPlace.At("Onthaal"), homeVisit: false).LinkedTo(conversation);

        Assert.Equal(conversation, linked.LinkedTo(conversation).ConversationId);
        Assert.Throws<ConflictRefusal>(() => linked.LinkedTo(Guid.NewGuid()));
    }

    [Fact]
    public void Start_ShouldBeTheBelgianWallClockTime_OnBothSidesOfTheSummerTimeChange()
    {
        var before = Plan(AppointmentPlace.At("Onthaal"), homeVisit: false, new DateOnly(2026, 3, 27), new TimeOnly(9, 0));
        var after = before.MovedTo(new DateOnly(2026, 3, 30), new TimeOnly(9, 0), before.Place, false);

        Assert.Equal(8, before.Start.UtcDateTime.Hour);
        Assert.Equal(7, after.Start.UtcDateTime.Hour);
    }

    private static Appointment Plan(AppointmentPlace place, bool homeVisit, DateOnly? day = null, TimeOnly? at = null) =>
        Appointment.Plan(Guid.NewGuid(), Guid.NewGuid(), Worker, day ?? new DateOnly(2026, 3, 23), at ?? new TimeOnly(10, 30), place, homeVisit, Now, Worker);
}
