namespace WhaiNot.Security.Keys;

/// <summary>The master key file is missing, unreadable or damaged. The message is meant for IT staff (Dutch).</summary>
public sealed class KeyFileException : Exception
{
    public KeyFileException()
    {
    }

    public KeyFileException(string message)
        : base(message)
    {
    }

    public KeyFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
