namespace WhaiNot.Application.Transcription;

/// <summary>The hub's Segment event body: a partial (final false, replaced later by the same id) or a final segment. An empty final text withdraws a partial that turned out to hold no speech.</summary>
/// <param name="SpeakerConfidence">How sure speaker attribution is of <paramref name="Speaker"/> (0..1); null when a person set the speaker (a correction) or nothing attributed it (a partial, a dictation).</param>
public sealed record SegmentMessage(string Id, double Start, double End, string Speaker, string Text, bool Final, double? SpeakerConfidence = null);
