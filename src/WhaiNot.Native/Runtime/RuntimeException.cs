namespace WhaiNot.Native.Runtime;

/// <summary>The native runtime can't be installed or loaded; the message says what was tried (Dutch, for IT staff).</summary>
public sealed class RuntimeException : Exception
{
    public RuntimeException()
    {
    }

    public RuntimeException(string message)
        : base(message)
    {
    }

    public RuntimeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
