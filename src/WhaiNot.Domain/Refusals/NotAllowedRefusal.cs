namespace WhaiNot.Domain.Refusals;

/// <summary>The caller's role or team may not do this; the refusal is audited where dossier content is concerned.</summary>
public sealed class NotAllowedRefusal : Refusal
{
    public NotAllowedRefusal()
    {
    }

    public NotAllowedRefusal(string message)
        : base(message)
    {
    }

    public NotAllowedRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
