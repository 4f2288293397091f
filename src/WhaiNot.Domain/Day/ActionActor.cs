namespace WhaiNot.Domain.Day;

/// <summary>Who is to do an action.</summary>
public enum ActionActor
{
    Worker,
    Client,
    ThirdParty,
}
