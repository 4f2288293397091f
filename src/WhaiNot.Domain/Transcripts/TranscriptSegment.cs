namespace WhaiNot.Domain.Transcripts;

/// <summary>
/// One final segment of a conversation's transcript. <see cref="Text"/> and <see cref="Speaker"/> are
/// what the worker sees (corrections applied); <see cref="EngineText"/> and <see cref="EngineSpeaker"/>
/// keep what the engine produced, for the quality figures. The id never changes and is never reused.
/// </summary>
/// <param name="Start">Seconds from the start of the recording.</param>
public sealed record TranscriptSegment(
    string Id,
    double Start,
    double End,
    Speaker Speaker,
    string Text,
    string EngineText,
    Speaker EngineSpeaker,
    string? EditedBy = null,
    DateTimeOffset? EditedAt = null)
{
    public bool Edited => EditedBy is not null;

    /// <summary>The contract's id for the n-th utterance (s001, s002, …): stable, so a restart gives the same ids.</summary>
    public static string IdFor(int utterance) => "s" + utterance.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
