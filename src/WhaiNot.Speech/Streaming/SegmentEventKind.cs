namespace WhaiNot.Speech.Streaming;

/// <summary>What the transcriber should do now for an utterance.</summary>
public enum SegmentEventKind
{
    /// <summary>Transcribe the utterance so far and show it as a partial (it will be replaced).</summary>
    Partial,

    /// <summary>The utterance is complete: transcribe it once more and keep that as final.</summary>
    Final,
}
