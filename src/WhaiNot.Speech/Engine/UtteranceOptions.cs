namespace WhaiNot.Speech.Engine;

/// <summary>Per-utterance settings for <see cref="WhisperUtteranceClient"/>.</summary>
/// <param name="Language">An ISO code ("nl", "nl-BE" is cut to "nl"), or null or "auto" to let the model detect it.</param>
/// <param name="Threads">Engine threads for this utterance; 0: the engine's default.</param>
/// <param name="Prompt">The previous final text, carried as context so names and spelling stay consistent.</param>
/// <param name="NoSpeechThreshold">Segments whose no-speech probability reaches this are left out of the text.</param>
public sealed record UtteranceOptions(string? Language = "nl", int Threads = 0, string? Prompt = null, double NoSpeechThreshold = 0.6);
