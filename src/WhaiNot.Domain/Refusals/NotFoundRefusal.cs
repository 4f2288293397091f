namespace WhaiNot.Domain.Refusals;

/// <summary>The dossier, conversation, report or other thing asked for does not exist (or not for this caller).</summary>
public sealed class NotFoundRefusal : Refusal
{
    public NotFoundRefusal()
    {
    }

    public NotFoundRefusal(string message)
        : base(message)
    {
    }

    public NotFoundRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
