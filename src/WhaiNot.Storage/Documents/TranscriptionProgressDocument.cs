namespace WhaiNot.Storage.Documents;

/// <summary>The transcriber's resume point for a conversation; counters only, no content.</summary>
internal sealed class TranscriptionProgressDocument
{
    public Guid Id { get; set; }

    public int FinalUtterances { get; set; }

    public double TranscribedSeconds { get; set; }

    public bool Complete { get; set; }
}
