using System.Text.Json;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>One of the project's own sample intakes, stored as a conversation's transcript the way the live transcriber stores it (complete).</summary>
public static class StoredSample
{
    public static void SaveTranscript(ApplianceStore store, Guid conversation, string sample = "case11")
    {
        ArgumentNullException.ThrowIfNull(store);
        var path = Path.Combine(ExternalProcess.RepositoryRoot, "tests", "data", "samples", "own", sample + ".transcript.json");
        var segments = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("segments");
        foreach (var s in segments.EnumerateArray())
        {
            SpeakerNames.TryParse(s.GetProperty("speaker").GetString(), out var speaker);
            var text = s.GetProperty("text").GetString()!;
            store.Transcripts.Save(conversation, new TranscriptSegment(s.GetProperty("id").GetString()!, s.GetProperty("start").GetDouble(), s.GetProperty("end").GetDouble(), speaker, text, text, Speaker.Unknown));
        }

        store.Transcripts.SaveProgress(conversation, new TranscriptionProgress(segments.GetArrayLength(), 0, Complete: true));
    }
}
