namespace WhaiNot.Speech.Streaming;

/// <summary>
/// How live audio is cut into utterances. Times in seconds of audio (16 kHz). The defaults give a
/// partial at least every second while someone speaks, a final after 0.7 s of silence, and a final
/// at 20 s so a long monologue still becomes readable text in pieces.
/// </summary>
public sealed record SegmenterOptions(
    double FrameSeconds = 0.03,
    double PartialEverySeconds = 1.0,
    double PauseSeconds = 0.7,
    double MaxUtteranceSeconds = 20.0,
    double MinSpeechSeconds = 0.25,
    double PaddingSeconds = 0.2,
    float MinimumSpeechRms = 0.01f,
    float NoiseFloorFactor = 3.0f);
