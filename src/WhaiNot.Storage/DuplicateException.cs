namespace WhaiNot.Storage;

/// <summary>Something with that name already exists. The message is meant for a person (Dutch).</summary>
public sealed class DuplicateException : Exception
{
    public DuplicateException()
    {
    }

    public DuplicateException(string message)
        : base(message)
    {
    }

    public DuplicateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
