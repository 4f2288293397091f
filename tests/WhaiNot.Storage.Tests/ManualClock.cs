namespace WhaiNot.Storage.Tests;

/// <summary>A clock the test moves by hand (days between backups, a revocation a week old).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
