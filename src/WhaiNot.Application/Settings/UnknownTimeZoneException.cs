namespace WhaiNot.Application.Settings;

/// <summary>The configured time zone does not exist on this system; the message (Dutch) says which name and what to write.</summary>
public sealed class UnknownTimeZoneException : Exception
{
    public UnknownTimeZoneException()
    {
    }

    public UnknownTimeZoneException(string message)
        : base(message)
    {
    }

    public UnknownTimeZoneException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
