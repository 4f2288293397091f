namespace WhaiNot.Domain.Refusals;

/// <summary>
/// A request the product's rules turn down. The message is plain Dutch for the person who asked;
/// the kind says why, so each edge (API, hub, web app) answers it in its own terms from one mapping.
/// Services throw refusals, never HTTP status codes.
/// </summary>
public abstract class Refusal : Exception
{
    protected Refusal()
    {
    }

    protected Refusal(string message)
        : base(message)
    {
    }

    protected Refusal(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
