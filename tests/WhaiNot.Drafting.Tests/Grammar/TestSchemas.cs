using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using WhaiNot.Drafting.Grammar;

namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>The schemas the grammar tests run against, by name, with their grammar converted once.</summary>
internal static class TestSchemas
{
    public const string Simple = """
        {
          "type": "object",
          "properties": {
            "name": { "type": "string", "minLength": 1, "maxLength": 20 },
            "age": { "type": "integer" },
            "email": { "type": "string" },
            "active": { "type": "boolean" }
          },
          "required": ["name", "active"],
          "additionalProperties": false
        }
        """;

    public const string Nested = """
        {
          "type": "object",
          "properties": {
            "person": {
              "type": "object",
              "properties": {
                "name": { "type": "string" },
                "address": {
                  "type": "object",
                  "properties": {
                    "street": { "type": "string" },
                    "city": { "type": "string" },
                    "zip": { "type": "string", "minLength": 4, "maxLength": 4 }
                  },
                  "required": ["street", "city"]
                }
              },
              "required": ["name", "address"]
            },
            "score": { "type": "number" }
          },
          "required": ["person"]
        }
        """;

    public const string ArrayOfObjects = """
        {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": { "type": "integer" },
              "label": { "type": "string", "maxLength": 10 }
            },
            "required": ["id"]
          },
          "minItems": 1,
          "maxItems": 3
        }
        """;

    public const string Enums = """
        {
          "type": "object",
          "properties": {
            "color": { "type": "string", "enum": ["red", "green", "blue"] },
            "size": { "enum": [1, 2.5, "XL", null, true, "quote\"d", "naïve"] }
          },
          "required": ["color", "size"]
        }
        """;

    public const string Const = """
        {
          "type": "object",
          "properties": {
            "kind": { "const": "draft" },
            "version": { "const": 2 },
            "meta": { "const": { "a": [1, 2], "b": null } }
          },
          "required": ["kind", "version"]
        }
        """;

    public const string AnyOf = """
        {
          "type": "object",
          "properties": {
            "value": {
              "anyOf": [
                { "type": "string", "maxLength": 5 },
                { "type": "integer" },
                { "type": "object", "properties": { "x": { "type": "number" } }, "required": ["x"] }
              ]
            },
            "choice": {
              "oneOf": [
                { "type": "boolean" },
                { "type": "null" },
                { "type": "array", "items": { "type": "string" }, "maxItems": 2 }
              ]
            }
          },
          "required": ["value", "choice"]
        }
        """;

    public const string Recursive = """
        {
          "$defs": {
            "node": {
              "type": "object",
              "properties": {
                "name": { "type": "string", "maxLength": 8 },
                "children": { "type": "array", "items": { "$ref": "#/$defs/node" }, "maxItems": 3 }
              },
              "required": ["name"]
            }
          },
          "$ref": "#/$defs/node"
        }
        """;

    public const string Definitions = """
        {
          "definitions": { "leaf": { "type": ["string", "null"] } },
          "type": "object",
          "properties": {
            "value": { "$ref": "#/definitions/leaf" },
            "next": { "$ref": "#" }
          },
          "required": ["value"]
        }
        """;

    public const string TypeUnion = """
        {
          "type": "object",
          "properties": {
            "u": { "type": ["integer", "string", "null"], "maxLength": 3 },
            "anything": {},
            "list": { "type": "array" }
          },
          "required": ["u"]
        }
        """;

    public const string OddNames = """
        {
          "type": "object",
          "properties": {
            "naam (voluit)": { "type": "string" },
            "naam-voluit": { "type": "integer" },
            "ü/x~y": { "type": "boolean" },
            "": { "type": "null" },
            "he said \"hi\"": { "type": "string", "maxLength": 2 }
          },
          "required": ["naam (voluit)", "naam-voluit", "ü/x~y", ""]
        }
        """;

    private static readonly ConcurrentDictionary<string, CompiledSchema> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of all schemas above plus the draft schema.</summary>
    public static TheoryData<string> Names => new(
        nameof(Simple), nameof(Nested), nameof(ArrayOfObjects), nameof(Enums), nameof(Const), nameof(AnyOf),
        nameof(Recursive), nameof(Definitions), nameof(TypeUnion), nameof(OddNames), nameof(Draft));

    /// <summary>
    /// What a drafting model fills in: sections of sentences, each citing transcript segments by id
    /// (<c>s001</c>..<c>s300</c>).
    /// </summary>
    public static string Draft { get; } = BuildDraft(300);

    /// <summary>Segment ids s001, s002, ... as the transcript uses them.</summary>
    public static IReadOnlyList<string> SegmentIds(int count) =>
        [.. Enumerable.Range(1, count).Select(i => "s" + i.ToString("D3", CultureInfo.InvariantCulture))];

    public static string BuildDraft(int segments)
    {
        var ids = JsonSerializer.Serialize(SegmentIds(segments));
        return $$"""
            {
              "type": "object",
              "properties": {
                "sections": {
                  "type": "array",
                  "minItems": 1,
                  "maxItems": 6,
                  "items": {
                    "type": "object",
                    "properties": {
                      "id": { "type": "string", "enum": ["aanleiding", "situatie", "analyse", "advies"] },
                      "sentences": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 20,
                        "items": {
                          "type": "object",
                          "properties": {
                            "text": { "type": "string", "minLength": 1, "maxLength": 400 },
                            "sources": { "type": "array", "minItems": 1, "items": { "type": "string", "enum": {{ids}} } }
                          },
                          "required": ["text", "sources"],
                          "additionalProperties": false
                        }
                      }
                    },
                    "required": ["id", "sentences"],
                    "additionalProperties": false
                  }
                }
              },
              "required": ["sections"],
              "additionalProperties": false
            }
            """;
    }

    public static string Get(string name) => name switch
    {
        nameof(Simple) => Simple,
        nameof(Nested) => Nested,
        nameof(ArrayOfObjects) => ArrayOfObjects,
        nameof(Enums) => Enums,
        nameof(Const) => Const,
        nameof(AnyOf) => AnyOf,
        nameof(Recursive) => Recursive,
        nameof(Definitions) => Definitions,
        nameof(TypeUnion) => TypeUnion,
        nameof(OddNames) => OddNames,
        nameof(Draft) => Draft,
        _ => throw new ArgumentException($"No test schema named {name}.", nameof(name)),
    };

    /// <summary>The schema by name with its GBNF text and parsed grammar, converted once per test run.</summary>
    public static CompiledSchema Compile(string name) => Cache.GetOrAdd(name, n => CompiledSchema.From(Get(n)));
}
