namespace WhaiNot.Native.Whisper;

/// <summary>One segment as the engine returns it; times in seconds from the start of the samples.</summary>
public sealed record WhisperSegment(double Start, double End, string Text, float NoSpeechProbability);
