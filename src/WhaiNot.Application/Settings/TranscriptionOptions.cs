using System.ComponentModel.DataAnnotations;

namespace WhaiNot.Application.Settings;

/// <summary>Live transcription settings ("Appliance:Transcription").</summary>
public sealed class TranscriptionOptions
{
    /// <summary>How many utterances the engine works on at once, shared fairly by all live conversations; 0: one per two CPU cores (one on a GPU).</summary>
    [Range(0, 32)]
    public int Slots { get; set; }

    /// <summary>"cuda" (falls back to the CPU with a log line when there is no GPU) or "cpu".</summary>
    [RegularExpression("^(cuda|cpu)$")]
    public string Variant { get; set; } = "cuda";

    /// <summary>Whisper segments above this no-speech probability are dropped: no invented text in silence.</summary>
    [Range(0.0, 1.0)]
    public double NoSpeechThreshold { get; set; } = 0.6;

    /// <summary>Characters of the previous final text given to the engine as context.</summary>
    [Range(0, 2000)]
    public int ContextCharacters { get; set; } = 200;
}
