namespace WhaiNot.Drafting.Contracts;

/// <summary>Input that breaks a data contract (transcript, draft, gold file); the message says in Dutch what is wrong.</summary>
public sealed class ContractException : Exception
{
    public ContractException()
    {
    }

    public ContractException(string message)
        : base(message)
    {
    }

    public ContractException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
