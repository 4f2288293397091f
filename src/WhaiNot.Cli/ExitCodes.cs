namespace WhaiNot.Cli;

/// <summary>Exit codes of the contract: 0 success, 2 bad input, 1 any other failure.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
