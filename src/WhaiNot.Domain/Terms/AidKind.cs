namespace WhaiNot.Domain.Terms;

/// <summary>
/// The kind of help asked for; it decides which law sets the terms. Social integration (leefloon,
/// RMI-wet of 26 May 2002) and social services (maatschappelijke dienstverlening, OCMW-wet of 8 July 1976)
/// have different decision terms and different legal sources.
/// </summary>
public enum AidKind
{
    SocialIntegration,
    SocialServices,
}
