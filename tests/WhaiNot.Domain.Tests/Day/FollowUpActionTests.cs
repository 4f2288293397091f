using WhaiNot.Domain.Day;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Domain.Tests.Day;

public sealed class FollowUpActionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_WithoutWhatToDo_ShouldRefuse(string what)
    {
        Assert.Throws<InvalidRequestRefusal>(() => Create(what, null));
    }

    [Fact]
    public void Create_TooLong_ShouldRefuse_AtTheLimitItMay()
    {
        Assert.Throws<InvalidRequestRefusal>(() => Create(new string('a', FollowUpAction.MaxLength + 1), null));
        Assert.Equal(FollowUpAction.MaxLength, Create(new string('a', FollowUpAction.MaxLength), null).What.Length);
    }

    [Fact]
    public void IsDueBy_ShouldHoldForOpenActionsDueTodayOrEarlier_NotForThoseWithoutADate()
    {
        var due = Create("Loonfiches bezorgen", new DateOnly(2026, 3, 25));

        Assert.False(due.IsDueBy(new DateOnly(2026, 3, 24)));
        Assert.True(due.IsDueBy(new DateOnly(2026, 3, 25)));
        Assert.True(due.IsDueBy(new DateOnly(2026, 4, 25)));
        Assert.False(due.MarkedDone(Now, Guid.NewGuid()).IsDueBy(new DateOnly(2026, 4, 25)));
        Assert.False(Create("Bellen", null).IsDueBy(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void MarkedDone_Twice_ShouldRefuse_AndReopenedShouldClearWhoAndWhen()
    {
        var by = Guid.NewGuid();
        var done = Create("Bellen", null).MarkedDone(Now, by);

        Assert.Equal(by, done.DoneBy);
        Assert.Throws<ConflictRefusal>(() => done.MarkedDone(Now, by));
        var reopened = done.Reopened();
        Assert.False(reopened.IsDone);
        Assert.Null(reopened.DoneBy);
        Assert.Throws<ConflictRefusal>(() => reopened.Reopened());
    }

    [Theory]
    [InlineData("worker", ActionActor.Worker)]
    [InlineData("client", ActionActor.Client)]
    [InlineData(" Third-Party ", ActionActor.ThirdParty)]
    public void ActorNames_ShouldRoundTrip(string name, ActionActor expected)
    {
        Assert.True(ActionActors.TryParse(name, out var actor));
        Assert.Equal(expected, actor);
        Assert.True(ActionActors.TryParse(actor!.Value.ToName(), out var again));
        Assert.Equal(actor, again);
        Assert.False(ActionActors.TryParse("ocmw", out _));
    }

    private static FollowUpAction Create(string what, DateOnly? due) =>
        FollowUpAction.Create(Guid.NewGuid(), Guid.NewGuid(), ActionActor.Client, what, due, null, Now, Guid.NewGuid());
}
