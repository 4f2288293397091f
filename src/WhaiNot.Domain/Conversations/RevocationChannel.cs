namespace WhaiNot.Domain.Conversations;

/// <summary>How the client let the OCMW know; any channel is valid and none needs a reason.</summary>
public enum RevocationChannel
{
    Gesprek,
    Telefoon,
    Email,
    Formulier,
}
