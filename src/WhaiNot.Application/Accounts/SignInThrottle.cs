using System.Collections.Concurrent;
using WhaiNot.Domain.Accounts;

namespace WhaiNot.Application.Accounts;

/// <summary>
/// Failed sign-ins counted per account name and client address, with the waits of the
/// <see cref="LockoutPolicy"/>. Someone guessing from one PC slows down only there: the worker at
/// their own PC signs in as usual. Unknown names are counted the same way, so the answers never
/// tell which accounts exist. Kept in memory: a restart forgets the counts, which only gives a
/// guesser back the few free tries of the first block.
/// </summary>
public sealed class SignInThrottle(LockoutPolicy policy, TimeProvider time)
{
    /// <summary>The name of the per-address rate limit the host puts on every sign-in door.</summary>
    public const string RateLimitPolicy = "sign-in";

    /// <summary>Above this many tracked pairs, pairs without a running block are dropped first.</summary>
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<(string Account, string Address), Attempts> _attempts = new();

    /// <summary>How long this pair must still wait before a password is checked at all; null when it may try.</summary>
    public TimeSpan? WaitFor(string account, string address)
    {
        if (!_attempts.TryGetValue(Key(account, address), out var attempts))
        {
            return null;
        }

        var left = attempts.BlockedUntil - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    /// <summary>Counts a failure; returns the wait it started (zero while under the limit).</summary>
    public TimeSpan Failed(string account, string address)
    {
        var now = time.GetUtcNow();
        var updated = _attempts.AddOrUpdate(
            Key(account, address),
            _ => new Attempts(1, now + policy.BlockAfter(1)),
            (_, old) => new Attempts(old.Failures + 1, now + policy.BlockAfter(old.Failures + 1)));
        if (_attempts.Count > MaxTracked)
        {
            Prune(now);
        }

        return updated.BlockedUntil - now;
    }

    public void Succeeded(string account, string address) => _attempts.TryRemove(Key(account, address), out _);

    /// <summary>After a password reset by an admin: the account starts clean from every address.</summary>
    public void Forget(string account)
    {
        var name = Normalize(account);
        foreach (var key in _attempts.Keys.Where(k => k.Account == name))
        {
            _attempts.TryRemove(key, out _);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, attempts) in _attempts.Where(p => p.Value.BlockedUntil <= now))
        {
            _attempts.TryRemove(key, out _);
        }
    }

    private static (string, string) Key(string account, string address) => (Normalize(account), address);

    private static string Normalize(string account) => account.Trim().ToUpperInvariant();

    private sealed record Attempts(int Failures, DateTimeOffset BlockedUntil);
}
