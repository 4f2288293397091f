using System.Globalization;
using System.Text.Json;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Appliance;

/// <summary>
/// Reads the fields of the day's strict bodies and queries (dates, times, actors). A value in the wrong
/// shape is refused with a Dutch 400 that names the field and the expected shape; nothing is guessed.
/// </summary>
internal static class DayBody
{
    private const string DateShape = "JJJJ-MM-DD, bijvoorbeeld 2026-03-23";

    /// <summary>Refuses (400) a body that is not an object or has a field not in <paramref name="allowed"/>.</summary>
    public static void Check(JsonElement body, params string[] allowed)
    {
        if (StrictJson.Check(body, allowed) is { } problem)
        {
            throw new InvalidRequestRefusal(problem);
        }
    }

    /// <summary>A calendar date in the form yyyy-MM-dd that exists (no 31 February).</summary>
    public static DateOnly ParseDate(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidRequestRefusal($"'{field}' is geen geldige datum. Schrijf de datum als {DateShape}.");

    public static DateOnly RequiredDate(JsonElement body, string field) =>
        Optional(body, field) is { } value ? ParseDate(Text(value, field), field) : throw new InvalidRequestRefusal($"Geef '{field}' als datum ({DateShape}).");

    /// <summary>Absent or null: no date; otherwise it must be a valid date.</summary>
    public static DateOnly? OptionalDate(JsonElement body, string field) =>
        Optional(body, field) is { } value ? ParseDate(Text(value, field), field) : null;

    public static TimeOnly RequiredTime(JsonElement body, string field) =>
        Optional(body, field) is { } value && TimeOnly.TryParseExact(Text(value, field), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidRequestRefusal($"'{field}' is geen geldig uur. Schrijf het uur als UU:MM, bijvoorbeeld 09:30.");

    public static string? OptionalString(JsonElement body, string field) =>
        Optional(body, field) is { } value ? Text(value, field) : null;

    public static bool Boolean(JsonElement body, string field, bool whenAbsent) =>
        Optional(body, field) is not { } value ? whenAbsent
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw new InvalidRequestRefusal($"Geef voor '{field}' true of false.");

    public static int RequiredInt(JsonElement body, string field) =>
        Optional(body, field) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number)
            ? number
            : throw new InvalidRequestRefusal($"Geef '{field}' als geheel getal.");

    public static Guid? OptionalId(JsonElement body, string field) =>
        Optional(body, field) is not { } value ? null
        : Guid.TryParse(Text(value, field), out var id) ? id
        : throw new InvalidRequestRefusal($"'{field}' is geen geldig id.");

    public static ActionActor Actor(JsonElement body, string field) =>
        ActionActors.TryParse(OptionalString(body, field), out var actor)
            ? actor.Value
            : throw new InvalidRequestRefusal($"Geef '{field}': worker, client of third-party.");

    /// <summary>Either a place or "telefonisch" (<c>telephone: true</c>), never both.</summary>
    public static AppointmentPlace Place(JsonElement body)
    {
        var telephone = Boolean(body, "telephone", whenAbsent: false);
        var where = OptionalString(body, "place");
        if (telephone && where is not null)
        {
            throw new InvalidRequestRefusal("Geef een plaats of 'telephone: true', niet allebei.");
        }

        return telephone ? AppointmentPlace.Telephone : AppointmentPlace.At(where ?? "");
    }

    private static JsonElement? Optional(JsonElement body, string field) =>
        body.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string Text(JsonElement value, string field) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new InvalidRequestRefusal($"'{field}' moet tekst zijn.");
}
