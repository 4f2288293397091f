namespace WhaiNot.Domain.Accounts;

/// <summary>Locks an account for a while after too many failed sign-ins in a row.</summary>
public sealed record LockoutPolicy(int MaxFailedSignIns, TimeSpan LockoutDuration)
{
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15));

    /// <summary>Counts a failed attempt; returns true when this attempt locked the account.</summary>
    public bool RegisterFailure(UserAccount account, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.FailedSignIns++;
        if (account.FailedSignIns < MaxFailedSignIns)
        {
            return false;
        }

        account.FailedSignIns = 0;
        account.LockedUntil = now + LockoutDuration;
        return true;
    }

    public static void RegisterSuccess(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.FailedSignIns = 0;
        account.LockedUntil = null;
    }
}
