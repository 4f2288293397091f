namespace WhaiNot.Domain.Refusals;

/// <summary>The request clashes with the state things are in (already ended, already validated, consent missing); the message gives the reason and the way forward.</summary>
public sealed class ConflictRefusal : Refusal
{
    public ConflictRefusal()
    {
    }

    public ConflictRefusal(string message)
        : base(message)
    {
    }

    public ConflictRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
