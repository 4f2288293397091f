using System.Globalization;
using System.Text.Json;

namespace WhaiNot.Drafting.Contracts;

/// <summary>
/// Reads contract fields from a parsed JSON document and names the exact place of a problem in
/// Dutch ("segment 3 (s003): 'end' ontbreekt"), which the serializer's own messages cannot do.
/// </summary>
internal static class JsonFields
{
    public static JsonDocument Parse(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (regel {line + 1})" : string.Empty;
            throw new ContractException($"{what} is geen geldige JSON{where}.", ex);
        }
    }

    public static void RequireObject(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ContractException($"{where} moet een JSON-object zijn.");
        }
    }

    public static JsonElement Require(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Undefined)
        {
            throw new ContractException($"{where}: het veld '{name}' ontbreekt.");
        }

        return value;
    }

    public static string RequireString(JsonElement parent, string name, string where, bool allowEmpty = false)
    {
        var value = Require(parent, name, where);
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ContractException($"{where}: '{name}' moet tekst zijn.");
        }

        var text = value.GetString()!;
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            throw new ContractException($"{where}: '{name}' mag niet leeg zijn.");
        }

        return text;
    }

    public static string? OptionalString(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ContractException($"{where}: '{name}' moet tekst of null zijn.");
    }

    public static double RequireNumber(JsonElement parent, string name, string where)
    {
        var value = Require(parent, name, where);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            throw new ContractException($"{where}: '{name}' moet een getal zijn.");
        }

        return number;
    }

    public static bool RequireBool(JsonElement parent, string name, string where)
    {
        var value = Require(parent, name, where);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ContractException($"{where}: '{name}' moet true of false zijn."),
        };
    }

    /// <summary>False when the field is absent; else it must be true or false.</summary>
    public static bool OptionalBool(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out _) && RequireBool(parent, name, where);

    public static JsonElement.ArrayEnumerator RequireArray(JsonElement parent, string name, string where)
    {
        var value = Require(parent, name, where);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new ContractException($"{where}: '{name}' moet een lijst zijn.");
        }

        return value.EnumerateArray();
    }

    public static IReadOnlyList<string> RequireStringList(JsonElement parent, string name, string where)
    {
        var list = new List<string>();
        foreach (var item in RequireArray(parent, name, where))
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw new ContractException($"{where}: '{name}' mag alleen niet-lege tekst bevatten.");
            }

            list.Add(item.GetString()!);
        }

        return list;
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.GetCultureInfo("nl-BE"));
}
