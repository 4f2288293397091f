using System.Collections.Frozen;

namespace WhaiNot.Drafting.Grammar;

/// <summary>
/// Which JSON Schema keywords the converter handles, which it may ignore, and why it refuses the
/// rest. Refusing unknown keywords is deliberate: a keyword that was ignored but constrains values
/// would let the model produce JSON that fails validation later, far from the cause.
/// </summary>
internal static class SchemaKeywords
{
    /// <summary>Keywords that describe but never restrict values, so the grammar can ignore them.</summary>
    public static readonly FrozenSet<string> Annotations = FrozenSet.Create(
        StringComparer.Ordinal,
        "$schema",
        "$id",
        "$comment",
        "$defs",
        "definitions",
        "title",
        "description",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly");

    /// <summary>Keywords the converter turns into grammar.</summary>
    public static readonly FrozenSet<string> Supported = FrozenSet.Create(
        StringComparer.Ordinal,
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "enum",
        "const",
        "anyOf",
        "oneOf",
        "$ref");

    private static readonly FrozenDictionary<string, string> Refusals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pattern"] = "regular expressions are not translated into grammar",
        ["format"] = "formats such as date-time or email carry meaning the grammar cannot check",
        ["minimum"] = "numeric bounds are not expressed in the grammar",
        ["maximum"] = "numeric bounds are not expressed in the grammar",
        ["exclusiveMinimum"] = "numeric bounds are not expressed in the grammar",
        ["exclusiveMaximum"] = "numeric bounds are not expressed in the grammar",
        ["multipleOf"] = "numeric bounds are not expressed in the grammar",
        ["uniqueItems"] = "item uniqueness cannot be expressed in a context-free grammar",
        ["not"] = "negation cannot be expressed in the grammar",
        ["if"] = "conditional schemas are not supported",
        ["then"] = "conditional schemas are not supported",
        ["else"] = "conditional schemas are not supported",
        ["allOf"] = "schema intersection is not supported; merge the subschemas by hand",
        ["patternProperties"] = "only fixed, declared properties are supported",
        ["propertyNames"] = "only fixed, declared properties are supported",
        ["minProperties"] = "only fixed, declared properties are supported",
        ["maxProperties"] = "only fixed, declared properties are supported",
        ["dependentRequired"] = "only fixed, declared properties are supported",
        ["dependentSchemas"] = "only fixed, declared properties are supported",
        ["dependencies"] = "only fixed, declared properties are supported",
        ["unevaluatedProperties"] = "only fixed, declared properties are supported",
        ["prefixItems"] = "only arrays whose items all share one 'items' schema are supported",
        ["additionalItems"] = "only arrays whose items all share one 'items' schema are supported",
        ["contains"] = "only arrays whose items all share one 'items' schema are supported",
        ["minContains"] = "only arrays whose items all share one 'items' schema are supported",
        ["maxContains"] = "only arrays whose items all share one 'items' schema are supported",
        ["unevaluatedItems"] = "only arrays whose items all share one 'items' schema are supported",
        ["$dynamicRef"] = "only '$ref' to a location inside the same schema is supported",
        ["$recursiveRef"] = "only '$ref' to a location inside the same schema is supported",
        ["$dynamicAnchor"] = "only '$ref' to a location inside the same schema is supported",
        ["$recursiveAnchor"] = "only '$ref' to a location inside the same schema is supported",
        ["$anchor"] = "only '$ref' to a location inside the same schema is supported",
        ["contentEncoding"] = "encoded content cannot be checked by the grammar",
        ["contentMediaType"] = "encoded content cannot be checked by the grammar",
        ["contentSchema"] = "encoded content cannot be checked by the grammar",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The exception for a keyword the converter does not handle, naming the keyword, where it is
    /// and why, for the developer who wrote the schema.
    /// </summary>
    public static NotSupportedException Refuse(string keyword, string path)
    {
        var reason = Refusals.TryGetValue(keyword, out var known)
            ? known
            : "it is not a keyword the converter knows, and an ignored keyword might have constrained the value";
        return new NotSupportedException(
            $"JSON Schema keyword '{keyword}' at '{path}' is not supported by the grammar converter: {reason}.");
    }
}
