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

    public StartupException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    /// <summary>2 for a bad argument, 1 for anything else (a damaged data folder, say), as the CLI does.</summary>
    public int ExitCode { get; } = 1;
}
