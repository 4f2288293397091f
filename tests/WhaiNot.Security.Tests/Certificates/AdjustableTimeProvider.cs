namespace WhaiNot.Security.Tests.Certificates;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class AdjustableTimeProvider : TimeProvider
{
    public AdjustableTimeProvider(DateTimeOffset utcNow)
    {
        UtcNow = utcNow;
    }

    public DateTimeOffset UtcNow { get; set; }

    public override DateTimeOffset GetUtcNow() => UtcNow;
}
