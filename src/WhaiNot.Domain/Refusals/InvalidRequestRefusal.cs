namespace WhaiNot.Domain.Refusals;

/// <summary>The request itself is wrong (a missing field, a malformed draft, an unknown template); the message says what is expected.</summary>
public sealed class InvalidRequestRefusal : Refusal
{
    public InvalidRequestRefusal()
    {
    }

    public InvalidRequestRefusal(string message)
        : base(message)
    {
    }

    public InvalidRequestRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
