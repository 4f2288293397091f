namespace WhaiNot.Speech.Speakers;

/// <summary>
/// Which speaker embedder the box uses (<c>Appliance:Speakers</c>): <c>mfcc-stats</c>, built in and
/// the default, or <c>onnx</c> with <see cref="ModelPath"/> pointing at an imported model file —
/// the slot for a trained speaker-embedding model, imported like the Whisper and LLM models; or
/// <c>off</c>: no attribution, every conversation segment stays <c>unknown</c>.
/// </summary>
public sealed class SpeakerEmbedderSettings
{
    public const string BuiltIn = "mfcc-stats";
    public const string Onnx = "onnx";
    public const string Off = "off";

    public string Embedder { get; set; } = BuiltIn;

    public bool Enabled => !string.Equals(Embedder, Off, StringComparison.Ordinal);

    /// <summary>The imported model (only for <see cref="Onnx"/>).</summary>
    public string? ModelPath { get; set; }

    /// <summary>Cosine distance below which two utterances count as one voice (clustering stops merging above it).</summary>
    public double SameVoiceDistance { get; set; } = SpeakerClustering.DefaultSameVoiceDistance;

    /// <summary>Below this confidence (a silhouette: 0 halfway between two voices, 1 clearly one) a segment stays <c>unknown</c>.</summary>
    public double MinimumConfidence { get; set; } = 0.2;

    /// <summary>The embedder these settings name.</summary>
    /// <exception cref="SpeakerModelException">An unknown embedder, or a model this build cannot run.</exception>
    public ISpeakerEmbedder Create() => Embedder switch
    {
        BuiltIn => new MfccVoiceprintEmbedder(),
        Onnx => throw new SpeakerModelException(
            "Een sprekermodel (ONNX) is ingesteld, maar deze versie van de box heeft nog geen ONNX-runtime. "
            + $"Zet Appliance:Speakers:Embedder op '{BuiltIn}' of laat het weg."),
        _ => throw new SpeakerModelException($"Onbekende sprekerherkenning '{Embedder}'. Kies '{BuiltIn}', '{Onnx}' of '{Off}'."),
    };
}

/// <summary>The configured speaker embedder cannot be used (Dutch message for the operator).</summary>
public sealed class SpeakerModelException(string message) : Exception(message);
