namespace WhaiNot.Speech.Speakers;

/// <summary>
/// Turns one utterance (16 kHz mono) into a fixed-length voice vector; utterances of the same voice
/// lie close together. The built-in <see cref="MfccVoiceprintEmbedder"/> needs no model; an
/// imported speaker-embedding model (an ONNX ECAPA-TDNN, for example) plugs in behind this same
/// interface, chosen by configuration (<see cref="SpeakerEmbedderSettings"/>).
/// </summary>
public interface ISpeakerEmbedder
{
    /// <summary>A short name for logs and figures ("mfcc-stats").</summary>
    string Name { get; }

    /// <summary>The utterance's voice vector, or null when it holds too little voiced audio to tell.</summary>
    float[]? Embed(ReadOnlySpan<float> samples);

    /// <summary>How far apart two of its vectors are: 0 the same voice, larger further apart (a model would use cosine distance).</summary>
    double Distance(float[] a, float[] b);
}
