using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Speech.Speakers;

/// <summary>The engine's speaker for one utterance and how sure it is (0..1); <see cref="Speaker.Unknown"/> below the threshold.</summary>
/// <param name="Source">What decided: "channel", "profile", "clusters", or "none".</param>
public sealed record SpeakerGuess(Speaker Speaker, double Confidence, string Source)
{
    public static SpeakerGuess Unknown { get; } = new(Speaker.Unknown, 0, "none");
}
