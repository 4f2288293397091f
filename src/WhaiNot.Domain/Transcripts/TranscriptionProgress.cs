namespace WhaiNot.Domain.Transcripts;

/// <summary>
/// How far the live transcriber got with a conversation: no content, only counters, so it can resume
/// after a restart without transcribing an utterance twice.
/// </summary>
/// <param name="FinalUtterances">Utterances 1..N have their final segment (or were found to hold no speech).</param>
/// <param name="TranscribedSeconds">Audio up to here is transcribed.</param>
/// <param name="Complete">The conversation ended and all its audio is transcribed.</param>
public sealed record TranscriptionProgress(int FinalUtterances, double TranscribedSeconds, bool Complete)
{
    public static TranscriptionProgress None { get; } = new(0, 0, false);
}
