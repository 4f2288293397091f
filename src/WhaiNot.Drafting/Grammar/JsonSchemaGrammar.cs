using System.Text.Json;

namespace WhaiNot.Drafting.Grammar;

/// <summary>
/// Converts a JSON Schema into a GBNF grammar for llama.cpp's grammar sampler, so that whatever the
/// model generates under it is JSON that validates against the schema.
/// </summary>
/// <remarks>
/// <para>
/// Supported: <c>type</c> (one name or a union), objects with <c>properties</c> and
/// <c>required</c> (properties appear in declared order, optional ones may be left out, no others
/// are allowed), arrays with <c>items</c>, <c>minItems</c> and <c>maxItems</c>, strings with
/// <c>minLength</c> and <c>maxLength</c>, integers, numbers, booleans, null, <c>enum</c> and
/// <c>const</c> (any JSON values; large string enums stay linear in size), <c>anyOf</c> and
/// <c>oneOf</c> as alternation, and <c>$ref</c> to locations in the same document such as
/// <c>#/$defs/name</c>, recursion included.
/// </para>
/// <para>
/// The grammar accepts a subset of the valid documents: one spelling per enum value, at most 15
/// integer digits, bounded whitespace between tokens and none around the whole value. For
/// <c>oneOf</c> the branches must not overlap; exclusivity is not checked.
/// </para>
/// <para>The start rule is <c>root</c>; equal schemas give equal text.</para>
/// </remarks>
public static class JsonSchemaGrammar
{
    /// <summary>Converts a parsed JSON Schema to GBNF text.</summary>
    /// <param name="schema">The schema document's root: an object, or the boolean schema <c>true</c>.</param>
    /// <returns>The grammar, one rule per line, starting with <c>root</c>.</returns>
    /// <exception cref="GrammarException">The schema is malformed or admits no value.</exception>
    /// <exception cref="NotSupportedException">The schema uses a keyword the converter cannot express.</exception>
    public static string ToGbnf(JsonElement schema)
    {
        if (schema.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            throw new GrammarException($"A JSON Schema must be an object or a boolean, not {schema.ValueKind}.");
        }

        return new SchemaConverter(schema).Convert();
    }

    /// <summary>Parses JSON Schema text and converts it to GBNF text.</summary>
    /// <param name="schemaJson">The schema as JSON text.</param>
    /// <returns>The grammar, one rule per line, starting with <c>root</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schemaJson"/> is null.</exception>
    /// <exception cref="GrammarException">The text is not JSON, or the schema is malformed or admits no value.</exception>
    /// <exception cref="NotSupportedException">The schema uses a keyword the converter cannot express.</exception>
    public static string ToGbnf(string schemaJson)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(schemaJson);
        }
        catch (JsonException ex)
        {
            throw new GrammarException($"The JSON Schema is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            return ToGbnf(document.RootElement);
        }
    }
}
