namespace WhaiNot.Application.Transcription;

/// <summary>The settings every conversation's transcriber shares, resolved once from the options.</summary>
internal sealed record TranscriberSettings(double NoSpeechThreshold, int ContextCharacters, double LagWarningSeconds = 10);
