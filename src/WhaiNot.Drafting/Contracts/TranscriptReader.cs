using WhaiNot.Domain.Transcripts;
namespace WhaiNot.Drafting.Contracts;

/// <summary>
/// Reads a transcript strictly: every field of the contract present and typed, segment ids unique,
/// end not before start, speaker one of the four. Fields the contract does not name are ignored,
/// so a newer writer that adds one does not break this reader.
/// </summary>
public static class TranscriptReader
{
    public static Transcript Read(string json, string source = "Het transcript")
    {
        using var document = JsonFields.Parse(json, source);
        var root = document.RootElement;
        JsonFields.RequireObject(root, source);
        var id = JsonFields.RequireString(root, "id", source);
        var language = JsonFields.RequireString(root, "language", source);
        var segments = new List<TranscriptSegment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var element in JsonFields.RequireArray(root, "segments", source))
        {
            number++;
            var where = $"{source}, segment {number}";
            JsonFields.RequireObject(element, where);
            var segmentId = JsonFields.RequireString(element, "id", where);
            where = $"{source}, segment {number} ({segmentId})";
            if (!seen.Add(segmentId))
            {
                throw new ContractException($"{source}: de segment-id '{segmentId}' komt meer dan eens voor.");
            }

            var start = JsonFields.RequireNumber(element, "start", where);
            var end = JsonFields.RequireNumber(element, "end", where);
            if (start < 0)
            {
                throw new ContractException($"{where}: 'start' mag niet negatief zijn.");
            }

            if (end < start)
            {
                throw new ContractException($"{where}: 'end' ({JsonFields.Number(end)}) ligt vóór 'start' ({JsonFields.Number(start)}).");
            }

            var speaker = ParseSpeaker(JsonFields.RequireString(element, "speaker", where), where);
            var text = JsonFields.RequireString(element, "text", where, allowEmpty: true);
            segments.Add(new TranscriptSegment(segmentId, start, end, speaker, text));
        }

        return new Transcript(id, language, segments);
    }

    public static Transcript ReadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContractException($"Het transcript '{path}' kan niet gelezen worden: {ex.Message}", ex);
        }

        return Read(json, $"Transcript '{Path.GetFileName(path)}'");
    }

    private static Speaker ParseSpeaker(string value, string where) =>
        SpeakerNames.TryParse(value, out var speaker)
            ? speaker
            : throw new ContractException($"{where}: onbekende spreker '{value}' (toegelaten: worker, client, other, unknown).");
}
