namespace WhaiNot.Speech.Engine;

/// <summary>What the engine heard in one utterance.</summary>
/// <param name="Text">The speech as text, without segments the engine believes are silence or noise and without sound labels; empty when nothing was said.</param>
/// <param name="EngineTime">How long the engine worked on it.</param>
public sealed record UtteranceTranscript(string Text, TimeSpan EngineTime);
