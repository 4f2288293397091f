namespace WhaiNot.Security.Certificates;

/// <summary>
/// The appliance's certificate files cannot be used as they are and need a person to look at them.
/// The message is in Dutch, for the IT staff who read the service log.
/// </summary>
public sealed class CertificateException : Exception
{
    /// <summary>Creates the exception with a general Dutch message.</summary>
    public CertificateException()
        : base("Er is een probleem met de certificaten van het toestel.")
    {
    }

    /// <summary>Creates the exception with the given (Dutch) message.</summary>
    public CertificateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the given (Dutch) message and its cause.</summary>
    public CertificateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
