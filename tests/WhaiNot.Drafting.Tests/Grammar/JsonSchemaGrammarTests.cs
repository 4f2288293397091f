using System.Text.Json;
using System.Text.RegularExpressions;
using WhaiNot.Drafting.Grammar;

namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>Shape of the GBNF text, determinism, and the errors the converter raises.</summary>
public sealed partial class JsonSchemaGrammarTests
{
    public static TheoryData<string> SchemaNames => TestSchemas.Names;

    public static TheoryData<string, string, string> UnsupportedSchemas => new()
    {
        { """{ "type": "string", "pattern": "^a$" }""", "pattern", "#" },
        { """{ "type": "object", "properties": { "when": { "type": "string", "format": "date-time" } } }""", "format", "#/properties/when" },
        { """{ "type": "integer", "minimum": 0 }""", "minimum", "#" },
        { """{ "type": "number", "maximum": 10 }""", "maximum", "#" },
        { """{ "type": "array", "items": { "type": "string" }, "uniqueItems": true }""", "uniqueItems", "#" },
        { """{ "not": { "type": "null" } }""", "not", "#" },
        { """{ "if": { "type": "string" }, "then": { "maxLength": 3 } }""", "if", "#" },
        { """{ "allOf": [{ "type": "string" }] }""", "allOf", "#" },
        { """{ "type": "object", "additionalProperties": true }""", "additionalProperties", "#" },
        { """{ "type": "array", "prefixItems": [{ "type": "string" }] }""", "prefixItems", "#" },
        { """{ "type": "string", "frobnicate": 1 }""", "frobnicate", "#" },
        { """{ "$defs": { "a": { "type": "string", "pattern": "x" } }, "$ref": "#/$defs/a" }""", "pattern", "#/$defs/a" },
        { """{ "type": "object", "properties": { "a/b": { "type": "array", "items": { "minimum": 1 } } } }""", "minimum", "#/properties/a~1b/items" },
        { """{ "$ref": "other.json#/x" }""", "$ref", "#" },
        { """{ "enum": ["a"], "properties": {} }""", "properties", "#" },
        { """{ "anyOf": [{ "type": "string" }], "type": "string" }""", "type", "#" },
        { """{ "enum": ["a"], "const": "a" }""", "const", "#" },
        { """{ "type": "string", "maxLength": 3000000 }""", "maxLength", "#" },
        { """{ "type": "array", "items": [{ "type": "string" }] }""", "items", "#" },
    };

    public static TheoryData<string> InvalidSchemas => new()
    {
        "not json {",
        "[1, 2]",
        "42",
        "false",
        """{ "$ref": "#/$defs/missing" }""",
        """{ "type": "object", "properties": { "a": { "type": "string" } }, "required": ["b"] }""",
        """{ "type": "array", "minItems": 3, "maxItems": 2 }""",
        """{ "type": "string", "maxLength": -1 }""",
        """{ "enum": [] }""",
        """{ "type": "strin" }""",
        """{ "type": "string", "enum": [1, 2] }""",
        """{ "anyOf": [] }""",
        """{ "$defs": { "a": { "anyOf": [{ "$ref": "#/$defs/a" }, { "type": "null" }] } }, "$ref": "#/$defs/a" }""",
        """{ "type": "object", "properties": { "self": { "$ref": "#" } }, "required": ["self"] }""",
    };

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void ToGbnf_WhenGivenSupportedSchema_ShouldProduceGrammarLlamaCppSyntaxAccepts(string name)
    {
        // Arrange
        var schemaJson = TestSchemas.Get(name);

        // Act
        var gbnf = JsonSchemaGrammar.ToGbnf(schemaJson);
        var grammar = GbnfParser.Parse(gbnf);

        // Assert
        Assert.Equal("root", grammar.DeclaredNames[0]);
        Assert.All(gbnf.TrimEnd('\n').Split('\n'), line => Assert.Matches(RuleLine(), line));
        Assert.All(gbnf, c => Assert.InRange(c, '\n', '~'));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void ToGbnf_WhenCalledTwiceOrWithReformattedSchema_ShouldReturnSameText(string name)
    {
        // Arrange
        var schemaJson = TestSchemas.Get(name);
        using var document = JsonDocument.Parse(schemaJson);
        var compact = JsonSerializer.Serialize(document.RootElement);

        // Act
        var first = JsonSchemaGrammar.ToGbnf(schemaJson);
        var second = JsonSchemaGrammar.ToGbnf(schemaJson);
        var fromElement = JsonSchemaGrammar.ToGbnf(document.RootElement);
        var fromCompact = JsonSchemaGrammar.ToGbnf(compact);

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(first, fromElement);
        Assert.Equal(first, fromCompact);
    }

    [Fact]
    public void ToGbnf_WhenGivenDraftSchema_ShouldNameRulesAfterPropertyPaths()
    {
        // Act
        var grammar = TestSchemas.Compile(nameof(TestSchemas.Draft)).Grammar;

        // Assert
        Assert.Contains("sections", grammar.DeclaredNames);
        Assert.Contains("sections-item-id", grammar.DeclaredNames);
        Assert.Contains("sections-item-sentences-item-text", grammar.DeclaredNames);
        Assert.Contains("sections-item-sentences-item-sources-item", grammar.DeclaredNames);
    }

    [Fact]
    public void ToGbnf_WhenPropertyNamesHaveOddCharacters_ShouldSanitiseAndKeepNamesUnique()
    {
        // Act
        var grammar = TestSchemas.Compile(nameof(TestSchemas.OddNames)).Grammar;

        // Assert
        Assert.All(grammar.DeclaredNames, n => Assert.Matches("^[a-zA-Z0-9-]+$", n));
        Assert.Equal(grammar.DeclaredNames.Count, grammar.DeclaredNames.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("naam-voluit-kv", grammar.DeclaredNames);
        Assert.Contains("naam-voluit-kv-2", grammar.DeclaredNames);
    }

    [Theory]
    [MemberData(nameof(UnsupportedSchemas))]
    public void ToGbnf_WhenSchemaUsesUnsupportedKeyword_ShouldThrowNotSupportedNamingKeywordAndPath(string schemaJson, string keyword, string path)
    {
        // Act
        var error = Record.Exception(() => JsonSchemaGrammar.ToGbnf(schemaJson));

        // Assert
        var notSupported = Assert.IsType<NotSupportedException>(error);
        Assert.Contains($"'{keyword}'", notSupported.Message, StringComparison.Ordinal);
        Assert.Contains($"'{path}'", notSupported.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void ToGbnf_WhenSchemaIsInvalid_ShouldThrowGrammarException(string schemaJson)
    {
        // Act
        var error = Record.Exception(() => JsonSchemaGrammar.ToGbnf(schemaJson));

        // Assert
        var grammarError = Assert.IsType<GrammarException>(error);
        Assert.False(string.IsNullOrWhiteSpace(grammarError.Message));
    }

    [Fact]
    public void ToGbnf_WhenTextIsNotJson_ShouldKeepParseErrorAsInnerException()
    {
        // Act
        var error = Assert.Throws<GrammarException>(() => JsonSchemaGrammar.ToGbnf("{ \"type\": "));

        // Assert
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public void ToGbnf_WhenTextIsNull_ShouldThrowArgumentNull()
    {
        // Act
        var error = Record.Exception(() => JsonSchemaGrammar.ToGbnf((string)null!));

        // Assert
        Assert.IsType<ArgumentNullException>(error);
    }

    [Fact]
    public void ToGbnf_WhenStringEnumGrowsFrom100To900_ShouldGrowGrammarAtMostLinearly()
    {
        // Arrange: sequential ids share prefixes; random ids share almost nothing, the worst case.
        var random = new Random(900);
        string RandomId() => new([.. Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26)))]);
        var sequential100 = EnumArraySchema(TestSchemas.SegmentIds(100));
        var sequential900 = EnumArraySchema(TestSchemas.SegmentIds(900));
        var randomIds = Enumerable.Range(0, 900).Select(_ => RandomId()).ToList();
        var random100 = EnumArraySchema(randomIds.Take(100));
        var random900 = EnumArraySchema(randomIds);

        // Act
        var sizes = new[] { sequential100, sequential900, random100, random900 }
            .Select(JsonSchemaGrammar.ToGbnf)
            .Select(g => (Text: g.Length, Symbols: GbnfParser.Parse(g).SymbolCount))
            .ToArray();

        // Assert: nine times the ids may cost at most nine times the size, plus fixed overhead.
        Assert.InRange(sizes[1].Text, sizes[0].Text, 9 * sizes[0].Text);
        Assert.InRange(sizes[1].Symbols, sizes[0].Symbols, 9 * sizes[0].Symbols);
        Assert.InRange(sizes[3].Text, sizes[2].Text, 9 * sizes[2].Text);
        Assert.InRange(sizes[3].Symbols, sizes[2].Symbols, 9 * sizes[2].Symbols);
        Assert.True(sizes[3].Text < 900 * 8 * 2, $"random 900-id grammar is {sizes[3].Text} characters");
    }

    internal static string EnumArraySchema(IEnumerable<string> ids) =>
        $$"""{ "type": "array", "minItems": 1, "items": { "type": "string", "enum": {{JsonSerializer.Serialize(ids)}} } }""";

    [GeneratedRegex("""^[a-zA-Z0-9-]+ ::= \S.*$""")]
    private static partial Regex RuleLine();
}
