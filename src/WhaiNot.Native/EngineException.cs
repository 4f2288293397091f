namespace WhaiNot.Native;

/// <summary>A native engine refused or failed a call. <see cref="NativeCode"/> carries the library's return code where there is one.</summary>
public sealed class EngineException : Exception
{
    public EngineException()
    {
    }

    public EngineException(string message)
        : base(message)
    {
    }

    public EngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EngineException(string message, int nativeCode)
        : base(message) => NativeCode = nativeCode;

    public int? NativeCode { get; }
}
