using WhaiNot.Domain.Accounts;

namespace WhaiNot.Domain.Tests;

public sealed class LockoutPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RegisterFailure_AtTheLimit_ShouldLockForTheDuration()
    {
        var policy = new LockoutPolicy(3, TimeSpan.FromMinutes(10));
        var user = NewUser();

        var locked = new[] { policy.RegisterFailure(user, Now), policy.RegisterFailure(user, Now), policy.RegisterFailure(user, Now) };

        Assert.Equal([false, false, true], locked);
        Assert.True(user.IsLockedOut(Now.AddMinutes(9)));
        Assert.False(user.IsLockedOut(Now.AddMinutes(10)));
    }

    [Fact]
    public void RegisterSuccess_ShouldResetTheCount()
    {
        var policy = new LockoutPolicy(3, TimeSpan.FromMinutes(10));
        var user = NewUser();
        policy.RegisterFailure(user, Now);
        policy.RegisterFailure(user, Now);

        LockoutPolicy.RegisterSuccess(user);
        var lockedAfterOneMore = policy.RegisterFailure(user, Now);

        Assert.False(lockedAfterOneMore);
        Assert.Equal(1, user.FailedSignIns);
    }

    [Theory]
    [InlineData("worker", Role.Worker)]
    [InlineData(" TEAMLEAD ", Role.TeamLead)]
    [InlineData("functional-admin", Role.FunctionalAdmin)]
    [InlineData("dpo", Role.Dpo)]
    [InlineData("it-admin", Role.ItAdmin)]
    public void RoleNames_ShouldRoundTripTheContractNames(string name, Role role)
    {
        Assert.True(RoleNames.TryParse(name, out var parsed));
        Assert.Equal(role, parsed);
        Assert.Equal(name.Trim().ToLowerInvariant(), role.ToName());
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("")]
    [InlineData(null)]
    public void RoleNames_WhenUnknown_ShouldNotParse(string? name) => Assert.False(RoleNames.TryParse(name, out _));

    private static UserAccount NewUser() => new() { Username = "u", DisplayName = "U", Role = Role.Worker, PasswordHash = "x" };
}
