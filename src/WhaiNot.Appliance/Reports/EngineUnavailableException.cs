namespace WhaiNot.Appliance.Reports;

/// <summary>The requested engine can't run on this box now (no runtime or model); the message says what to do.</summary>
public sealed class EngineUnavailableException : Exception
{
    public EngineUnavailableException()
    {
    }

    public EngineUnavailableException(string message)
        : base(message)
    {
    }

    public EngineUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
