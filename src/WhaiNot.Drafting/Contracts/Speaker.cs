namespace WhaiNot.Drafting.Contracts;

/// <summary>Who spoke a segment, as the transcript contract names it.</summary>
public enum Speaker
{
    Worker,
    Client,
    Other,
    Unknown,
}
