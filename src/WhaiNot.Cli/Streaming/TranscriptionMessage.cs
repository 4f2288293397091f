using System.Text.Json;

namespace WhaiNot.Cli.Streaming;

/// <summary>
/// The hub's Transcription event: how far the live transcription is. <see cref="Complete"/> is true
/// once the conversation is ended and all of its audio is transcribed.
/// </summary>
internal sealed record TranscriptionMessage(double AudioSeconds, double TranscribedSeconds, double LagSeconds, bool Complete)
{
    public static TranscriptionMessage? From(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        SegmentMessage.TryNumber(json, "audioSeconds", out var audio);
        SegmentMessage.TryNumber(json, "transcribedSeconds", out var transcribed);
        var lag = SegmentMessage.TryNumber(json, "lagSeconds", out var given) ? given : Math.Max(0, audio - transcribed);
        var complete = json.TryGetProperty("complete", out var value) && value.ValueKind == JsonValueKind.True;
        return new TranscriptionMessage(audio, transcribed, lag, complete);
    }
}
