using System.Text.Json;

namespace WhaiNot.Appliance;

/// <summary>
/// Reads a small JSON object and refuses any field it doesn't know. For consent this is a rule, not
/// a nicety: a "reason" (or any free text) must be impossible to send, let alone store.
/// </summary>
internal static class StrictJson
{
    /// <summary>Null when the body is an object with only <paramref name="allowed"/> fields; else the problem in Dutch.</summary>
    public static string? Check(JsonElement body, params string[] allowed)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return "De aanvraag moet een JSON-object zijn.";
        }

        foreach (var property in body.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                return $"Onbekend veld '{property.Name}'. Toegestaan: {string.Join(", ", allowed)}. Een reden wordt nooit gevraagd of bewaard.";
            }
        }

        return null;
    }

    public static bool? Boolean(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
