namespace WhaiNot.Domain.Refusals;

/// <summary>The content existed but was destroyed after the client revoked consent (crypto-shredded); it will not come back.</summary>
public sealed class GoneRefusal : Refusal
{
    public GoneRefusal()
    {
    }

    public GoneRefusal(string message)
        : base(message)
    {
    }

    public GoneRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
