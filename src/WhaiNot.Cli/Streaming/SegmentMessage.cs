using System.Text.Json;

namespace WhaiNot.Cli.Streaming;

/// <summary>
/// The hub's Segment event (contract): { id, start, end, speaker, text, final }. A partial
/// (final: false) is replaced later by an event with the same id.
/// </summary>
internal sealed record SegmentMessage(string Id, double Start, double End, string Speaker, string Text, bool Final)
{
    /// <summary>Reads the event leniently (an id may come as a number); null when start or end is missing.</summary>
    public static SegmentMessage? From(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object
            || !TryNumber(json, "start", out var start)
            || !TryNumber(json, "end", out var end))
        {
            return null;
        }

        var id = json.TryGetProperty("id", out var idValue) ? idValue.ToString() : "";
        var speaker = json.TryGetProperty("speaker", out var speakerValue) && speakerValue.ValueKind == JsonValueKind.String ? speakerValue.GetString()! : "unknown";
        var text = json.TryGetProperty("text", out var textValue) && textValue.ValueKind == JsonValueKind.String ? textValue.GetString()! : "";
        var final = json.TryGetProperty("final", out var finalValue) && finalValue.ValueKind == JsonValueKind.True;
        return new SegmentMessage(id, start, end, speaker, text, final);
    }

    internal static bool TryNumber(JsonElement json, string name, out double value)
    {
        value = 0;
        return json.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Number && property.TryGetDouble(out value);
    }
}
