namespace WhaiNot.Appliance.Hosting;

/// <summary>The appliance can't start; the message says why and what to do (Dutch, for IT staff).</summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
