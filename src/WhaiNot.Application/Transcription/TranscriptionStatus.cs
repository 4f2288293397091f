namespace WhaiNot.Application.Transcription;

/// <summary>
/// The hub's Transcription event body: how much audio there is, how much is transcribed, and how
/// far transcription lags behind (seconds). When the box falls behind, the lag grows: audio is
/// never dropped. Complete: the conversation ended and all its audio is transcribed.
/// </summary>
public sealed record TranscriptionStatus(double AudioSeconds, double TranscribedSeconds, double LagSeconds, bool Complete, bool EngineReady);
