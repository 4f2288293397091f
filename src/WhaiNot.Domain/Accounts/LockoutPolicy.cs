namespace WhaiNot.Domain.Accounts;

/// <summary>
/// How long sign-in waits after failed attempts in a row: nothing for the first few (typing
/// errors), then a block that doubles with every further failure up to a ceiling. Applied per
/// account and client address (see the sign-in throttle), so guessing from one PC never locks
/// the worker out of their own.
/// </summary>
public sealed record LockoutPolicy(int MaxFailedSignIns, TimeSpan FirstBlock, TimeSpan LongestBlock)
{
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(15));

    /// <summary>The wait after <paramref name="failuresInARow"/> failures; zero below the limit.</summary>
    public TimeSpan BlockAfter(int failuresInARow)
    {
        if (failuresInARow < MaxFailedSignIns)
        {
            return TimeSpan.Zero;
        }

        // 2^20 × 30 s is far past any ceiling; the cap keeps the shift from overflowing.
        var doublings = Math.Min(failuresInARow - MaxFailedSignIns, 20);
        var block = FirstBlock * (1 << doublings);
        return block < LongestBlock ? block : LongestBlock;
    }
}
