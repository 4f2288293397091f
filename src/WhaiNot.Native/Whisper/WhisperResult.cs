namespace WhaiNot.Native.Whisper;

/// <summary>The outcome of one whisper_full call.</summary>
/// <param name="Language">The language used: the forced one, or the one the model detected.</param>
public sealed record WhisperResult(IReadOnlyList<WhisperSegment> Segments, string Language, TimeSpan Elapsed);
