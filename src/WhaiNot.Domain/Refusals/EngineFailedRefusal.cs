namespace WhaiNot.Domain.Refusals;

/// <summary>An engine ran but could not produce a result (a native failure); nothing was stored.</summary>
public sealed class EngineFailedRefusal : Refusal
{
    public EngineFailedRefusal()
    {
    }

    public EngineFailedRefusal(string message)
        : base(message)
    {
    }

    public EngineFailedRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
