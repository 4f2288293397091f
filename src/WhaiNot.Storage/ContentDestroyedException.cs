namespace WhaiNot.Storage;

/// <summary>The conversation's key was destroyed after a revocation: its audio and transcript can't be read any more.</summary>
public sealed class ContentDestroyedException : Exception
{
    public ContentDestroyedException()
    {
    }

    public ContentDestroyedException(string message)
        : base(message)
    {
    }

    public ContentDestroyedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
