namespace WhaiNot.Storage;

/// <summary>The store can't be opened or used safely. The message is meant for IT staff (Dutch).</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
