namespace WhaiNot.Domain.Refusals;

/// <summary>The box cannot do this now (no engine runtime or model, or the engine failed); nothing was changed.</summary>
public sealed class UnavailableRefusal : Refusal
{
    public UnavailableRefusal()
    {
    }

    public UnavailableRefusal(string message)
        : base(message)
    {
    }

    public UnavailableRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
