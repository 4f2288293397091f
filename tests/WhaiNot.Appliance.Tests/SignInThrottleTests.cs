using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Accounts;

namespace WhaiNot.Appliance.Tests;

/// <summary>The sign-in throttle counts per account and PC: guessing from one PC never locks the worker out at theirs.</summary>
public sealed class SignInThrottleTests
{
    private readonly ManualTime _time = new();
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() => _throttle = new SignInThrottle(new LockoutPolicy(3, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(15)), _time);

    [Fact]
    public void Failed_AtTheLimitFromOnePc_ShouldBlockThatPcOnly()
    {
        var waits = Enumerable.Range(0, 3).Select(_ => _throttle.Failed("an.peeters", "10.0.0.66")).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(30)], waits);
        Assert.Equal(TimeSpan.FromSeconds(30), _throttle.WaitFor("an.peeters", "10.0.0.66"));
        Assert.Equal(TimeSpan.FromSeconds(30), _throttle.WaitFor(" AN.PEETERS ", "10.0.0.66"));
        Assert.Null(_throttle.WaitFor("an.peeters", "10.0.0.12"));
        Assert.Null(_throttle.WaitFor("bart.claes", "10.0.0.66"));
    }

    [Fact]
    public void WaitFor_WhenTheBlockHasRunOut_ShouldLetThePcTryAgainAndDoubleOnTheNextFailure()
    {
        for (var i = 0; i < 3; i++)
        {
            _throttle.Failed("an.peeters", "10.0.0.66");
        }

        _time.Advance(TimeSpan.FromSeconds(31));
        var afterWait = _throttle.WaitFor("an.peeters", "10.0.0.66");
        var next = _throttle.Failed("an.peeters", "10.0.0.66");

        Assert.Null(afterWait);
        Assert.Equal(TimeSpan.FromSeconds(60), next);
    }

    [Fact]
    public void SucceededOrForget_ShouldStartTheCountAgain()
    {
        _throttle.Failed("an.peeters", "10.0.0.12");
        _throttle.Failed("an.peeters", "10.0.0.12");
        for (var i = 0; i < 3; i++)
        {
            _throttle.Failed("an.peeters", "10.0.0.66");
        }

        _throttle.Succeeded("an.peeters", "10.0.0.12");
        var afterSuccess = _throttle.Failed("an.peeters", "10.0.0.12");
        _throttle.Forget("AN.PEETERS");

        Assert.Equal(TimeSpan.Zero, afterSuccess);
        Assert.Null(_throttle.WaitFor("an.peeters", "10.0.0.66"));
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
