using System.Text.Json.Serialization;

namespace WhaiNot.Domain.Transcripts;

/// <summary>
/// One final segment of a conversation's transcript. <see cref="Text"/> and <see cref="Speaker"/> are
/// what the worker sees (corrections applied) and what drafting and the verifier read;
/// <see cref="EngineText"/> and <see cref="EngineSpeaker"/> keep what the engine produced, for the
/// quality figures. The id never changes and is never reused.
/// </summary>
/// <remarks>
/// The transcript contract carries only id, start, end, speaker and text, so the store's fields are
/// left out of its JSON: a written transcript stays exactly as the contract says.
/// </remarks>
/// <param name="Start">Seconds from the start of the recording.</param>
/// <param name="EngineSpeakerConfidence">How sure speaker attribution was of <see cref="EngineSpeaker"/> (0..1); null when nothing attributed it.</param>
public sealed record TranscriptSegment(
    string Id,
    double Start,
    double End,
    Speaker Speaker,
    string Text,
    [property: JsonIgnore] string EngineText,
    [property: JsonIgnore] Speaker EngineSpeaker,
    [property: JsonIgnore] string? EditedBy = null,
    [property: JsonIgnore] DateTimeOffset? EditedAt = null,
    [property: JsonIgnore] double? EngineSpeakerConfidence = null)
{
    /// <summary>A segment as a transcript file gives it: no correction known, so the engine's words are the text itself.</summary>
    public TranscriptSegment(string id, double start, double end, Speaker speaker, string text)
        : this(id, start, end, speaker, text, text, speaker)
    {
    }

    [JsonIgnore]
    public bool Edited => EditedBy is not null;

    /// <summary>The contract's id for the n-th utterance (s001, s002, …): stable, so a restart gives the same ids.</summary>
    public static string IdFor(int utterance) => "s" + utterance.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
