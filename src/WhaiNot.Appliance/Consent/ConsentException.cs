namespace WhaiNot.Appliance.Consent;

/// <summary>A consent or revocation request that can't be carried out; HTTP status and Dutch message for the caller.</summary>
public sealed class ConsentException : Exception
{
    public ConsentException()
    {
    }

    public ConsentException(string message)
        : base(message)
    {
    }

    public ConsentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConsentException(int status, string message)
        : base(message) => Status = status;

    public int Status { get; } = StatusCodes.Status400BadRequest;
}
