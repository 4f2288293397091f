using WhaiNot.Domain.Accounts;

namespace WhaiNot.Domain.Tests;

public sealed class LockoutPolicyTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 30)]
    [InlineData(4, 60)]
    [InlineData(5, 120)]
    [InlineData(8, 600)]
    [InlineData(9, 600)]
    [InlineData(1000, 600)]
    public void BlockAfter_ShouldGiveFreeTriesThenDoubleUpToTheCeiling(int failures, int seconds)
    {
        var policy = new LockoutPolicy(3, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10));

        var block = policy.BlockAfter(failures);

        Assert.Equal(TimeSpan.FromSeconds(seconds), block);
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
}
