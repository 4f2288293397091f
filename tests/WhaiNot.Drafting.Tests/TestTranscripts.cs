using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Drafting.Tests;

/// <summary>Small hand-made transcripts: (speaker, text) pairs become segments s001, s002, … with increasing times.</summary>
public static class TestTranscripts
{
    public static Transcript Of(params (Speaker Speaker, string Text)[] lines) =>
        new("test", "nl", [.. lines.Select((l, i) => new TranscriptSegment($"s{i + 1:000}", i * 5.0, (i * 5.0) + 4, l.Speaker, l.Text))]);

    public static (Speaker, string) W(string text) => (Speaker.Worker, text);

    public static (Speaker, string) C(string text) => (Speaker.Client, text);

    public static (Speaker, string) O(string text) => (Speaker.Other, text);
}
