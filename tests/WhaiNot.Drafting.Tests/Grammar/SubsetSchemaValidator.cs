using System.Text.Json;

namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>
/// Test-only JSON Schema validator for the keywords the converter supports, written from the
/// JSON Schema specification and independently of the converter, so that a converter mistake is
/// not repeated here. Follows the specification, not the converter's narrowing: a missing
/// <c>additionalProperties</c> allows extra properties, <c>integer</c> accepts <c>1.0</c>, and
/// <c>oneOf</c> demands exactly one matching branch. Other keywords are ignored.
/// </summary>
/// <remarks>
/// JsonSchema.Net does not restore from the registry this project reaches (its JsonPointer.Net
/// dependency is missing) and NJsonSchema ignores <c>const</c> and <c>$defs</c>, hence this.
/// </remarks>
internal static class SubsetSchemaValidator
{
    public static IReadOnlyList<string> Validate(JsonElement schemaRoot, JsonElement instance)
    {
        var errors = new List<string>();
        Check(schemaRoot, schemaRoot, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement instance, string at, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{at}: schema false");
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(root, Resolve(root, reference.GetString()!), instance, at, errors);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(b => Passes(root, b, instance)))
        {
            errors.Add($"{at}: no anyOf branch matches");
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matches = oneOf.EnumerateArray().Count(b => Passes(root, b, instance));
            if (matches != 1)
            {
                errors.Add($"{at}: {matches} oneOf branches match");
            }
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonEquals(v, instance)))
        {
            errors.Add($"{at}: not in enum");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonEquals(constant, instance))
        {
            errors.Add($"{at}: not the const");
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => HasType(instance, t)))
            {
                errors.Add($"{at}: not of type {string.Join("/", types)}");
            }
        }

        switch (instance.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(root, schema, instance, at, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(root, schema, instance, at, errors);
                break;
            case JsonValueKind.String:
                var length = instance.GetString()!.EnumerateRunes().Count();
                if (schema.TryGetProperty("minLength", out var minLength) && length < minLength.GetInt32())
                {
                    errors.Add($"{at}: shorter than minLength");
                }

                if (schema.TryGetProperty("maxLength", out var maxLength) && length > maxLength.GetInt32())
                {
                    errors.Add($"{at}: longer than maxLength");
                }

                break;
            default:
                break;
        }
    }

    private static void CheckObject(JsonElement root, JsonElement schema, JsonElement instance, string at, List<string> errors)
    {
        var names = instance.EnumerateObject().Select(p => p.Name).ToList();
        var hasProperties = schema.TryGetProperty("properties", out var properties);

        // JSON Schema says nothing about duplicate names; the converter promises unique names only
        // for objects with declared properties (free-form objects cannot be constrained that way).
        if (hasProperties && names.Count != names.Distinct(StringComparer.Ordinal).Count())
        {
            errors.Add($"{at}: duplicate property");
        }

        foreach (var property in instance.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(root, propertySchema, property.Value, $"{at}.{property.Name}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                Check(root, additional, property.Value, $"{at}.{property.Name}", errors);
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!names.Contains(name))
                {
                    errors.Add($"{at}: missing required '{name}'");
                }
            }
        }
    }

    private static void CheckArray(JsonElement root, JsonElement schema, JsonElement instance, string at, List<string> errors)
    {
        var count = instance.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32())
        {
            errors.Add($"{at}: fewer than minItems");
        }

        if (schema.TryGetProperty("maxItems", out var maxItems) && count > maxItems.GetInt32())
        {
            errors.Add($"{at}: more than maxItems");
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Check(root, items, item, $"{at}[{index++}]", errors);
            }
        }
    }

    private static bool Passes(JsonElement root, JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, schema, instance, "$", errors);
        return errors.Count == 0;
    }

    private static JsonElement Resolve(JsonElement root, string reference)
    {
        var current = root;
        foreach (var segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return current;
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    private static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number)
        {
            return a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x == y : a.GetDouble().Equals(b.GetDouble());
        }

        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.String => a.GetString() == b.GetString(),
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => JsonEquals(p.First, p.Second)),
            JsonValueKind.Object =>
                a.EnumerateObject().Count() == b.EnumerateObject().Count()
                && a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var other) && JsonEquals(p.Value, other)),
            _ => true,
        };
    }
}
