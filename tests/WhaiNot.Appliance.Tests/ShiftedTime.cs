namespace WhaiNot.Appliance.Tests;

/// <summary>A clock that runs at the real pace but offset, to make tokens that are already expired.</summary>
public sealed class ShiftedTime(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}
