namespace WhaiNot.Cli.Bench;

/// <summary>How the live transcription kept up: lag from the Transcription events, and the tail after the last chunk.</summary>
internal sealed record TranscriptionSummary(
    int Events,
    double? LagMaxSeconds,
    double? LagP95Seconds,
    int CompletedStreams,
    double? CompleteAfterLastChunkMaxSeconds,
    double? CompleteAfterLastChunkP50Seconds,
    double WaitSeconds);
