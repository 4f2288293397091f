namespace WhaiNot.Speech.Streaming;

/// <summary>An instruction from the segmenter: which stretch of audio (in samples from the start) to transcribe, and how.</summary>
/// <param name="Utterance">Counts from 1; partials and the final of one utterance share it, so the UI replaces in place.</param>
public sealed record SegmentEvent(SegmentEventKind Kind, int Utterance, long StartSample, long EndSample)
{
    public double Start => StartSample / 16000.0;

    public double End => EndSample / 16000.0;
}
