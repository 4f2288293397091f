namespace WhaiNot.Native.Whisper;

/// <summary>Per-call settings for a transcription.</summary>
/// <param name="Language">An ISO code such as "nl", or null to let the model detect it.</param>
/// <param name="Prompt">Previous text, carried as context so names and spelling stay consistent.</param>
public sealed record WhisperOptions(string? Language = "nl", int Threads = 0, string? Prompt = null, bool SingleSegment = false, float NoSpeechThreshold = 0.6f);
