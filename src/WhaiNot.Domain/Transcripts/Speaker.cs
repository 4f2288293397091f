namespace WhaiNot.Domain.Transcripts;

/// <summary>Who spoke a segment. The engine doesn't know (Unknown); the worker corrects it.</summary>
public enum Speaker
{
    Unknown,
    Worker,
    Client,
    Other,
}
