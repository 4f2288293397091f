namespace WhaiNot.Domain.Terms;

/// <summary>Whose term it is: a duty of the OCMW (it can be met or missed) or a right of the client (it only runs out).</summary>
public enum TermParty
{
    Ocmw,
    Client,
}
