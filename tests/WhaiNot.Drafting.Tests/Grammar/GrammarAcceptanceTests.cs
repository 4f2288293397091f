using System.Text.Json;

namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>
/// Hand-written JSON instances against the converted grammars: valid ones must be accepted (and
/// validate, which checks the instance itself), invalid ones rejected.
/// </summary>
public sealed class GrammarAcceptanceTests
{
    private static readonly string TooLongText = new('x', 401);

    public static TheoryData<string, string> ValidInstances => new()
    {
        { nameof(TestSchemas.Simple), """{"name":"Ann","active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"Ann","age":42,"email":"a@b.c","active":false}""" },
        { nameof(TestSchemas.Simple), """{"name":"Ann","email":"x","active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"Ann","age":-7,"active":true}""" },
        { nameof(TestSchemas.Simple), """{ "name" : "Ann" , "active" : true }""" },
        { nameof(TestSchemas.Simple), "{\n  \"name\": \"Zoë 😀\",\n  \"active\": true\n}" },
        { nameof(TestSchemas.Simple), """{"name":"12345678901234567890","active":true}""" },
        { nameof(TestSchemas.Nested), """{"person":{"name":"Bo","address":{"street":"Main 1","city":"Gent","zip":"9000"}},"score":-1.5e3}""" },
        { nameof(TestSchemas.Nested), """{"person":{"name":"","address":{"street":"s","city":"c"}}}""" },
        { nameof(TestSchemas.ArrayOfObjects), """[{"id":1}]""" },
        { nameof(TestSchemas.ArrayOfObjects), """[{"id":1,"label":"a"},{"id":-20},{"id":0,"label":"0123456789"}]""" },
        { nameof(TestSchemas.ArrayOfObjects), "[\n  {\"id\": 1},\n  {\"id\": 2}\n]" },
        { nameof(TestSchemas.Enums), """{"color":"red","size":2.5}""" },
        { nameof(TestSchemas.Enums), """{"color":"blue","size":null}""" },
        { nameof(TestSchemas.Enums), """{"color":"green","size":"quote\"d"}""" },
        { nameof(TestSchemas.Enums), """{"color":"green","size":"naïve"}""" },
        { nameof(TestSchemas.Enums), """{"color":"green","size":true}""" },
        { nameof(TestSchemas.Const), """{"kind":"draft","version":2}""" },
        { nameof(TestSchemas.Const), """{"kind":"draft","version":2,"meta":{"a":[1,2],"b":null}}""" },
        { nameof(TestSchemas.AnyOf), """{"value":"abc","choice":true}""" },
        { nameof(TestSchemas.AnyOf), """{"value":12,"choice":null}""" },
        { nameof(TestSchemas.AnyOf), """{"value":{"x":0.5},"choice":["a","b"]}""" },
        { nameof(TestSchemas.AnyOf), """{"value":"","choice":[]}""" },
        { nameof(TestSchemas.Recursive), """{"name":"root","children":[{"name":"a"},{"name":"b","children":[{"name":"c","children":[]}]}]}""" },
        { nameof(TestSchemas.Definitions), """{"value":null,"next":{"value":"x","next":{"value":"y"}}}""" },
        { nameof(TestSchemas.TypeUnion), """{"u":12345}""" },
        { nameof(TestSchemas.TypeUnion), """{"u":"abc","anything":{"k":[1,"two",null,{"z":false}]},"list":[1,{}]}""" },
        { nameof(TestSchemas.TypeUnion), """{"u":null,"anything":"x"}""" },
        { nameof(TestSchemas.OddNames), """{"naam (voluit)":"A","naam-voluit":1,"ü/x~y":true,"":null,"he said \"hi\"":"ok"}""" },
        { nameof(TestSchemas.Draft), """{"sections":[{"id":"situatie","sentences":[{"text":"De cliënt woont alleen.","sources":["s001","s300"]}]}]}""" },
        { nameof(TestSchemas.Draft), """{"sections":[{"id":"aanleiding","sentences":[{"text":"a","sources":["s042"]},{"text":"b \"c\"","sources":["s100","s199","s200"]}]},{"id":"advies","sentences":[{"text":"d","sources":["s010"]}]}]}""" },
    };

    public static TheoryData<string, string> InvalidInstances => new()
    {
        { nameof(TestSchemas.Simple), """{"name":"Ann"}""" },
        { nameof(TestSchemas.Simple), """{"active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"Ann","active":true,"x":1}""" },
        { nameof(TestSchemas.Simple), """{"name":"","active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"123456789012345678901","active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"A","age":01,"active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"A","age":1.5,"active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"A","age":+1,"active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"A","age":"1","active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"A","active":"true"}""" },
        { nameof(TestSchemas.Simple), """{"name":"A","active":true,}""" },
        { nameof(TestSchemas.Simple), """{"name":"A",,"active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"A","active":true}x""" },
        { nameof(TestSchemas.Simple), """{"name":"A","active":true""" },
        { nameof(TestSchemas.Simple), "{\"name\":\"a\nb\",\"active\":true}" },
        { nameof(TestSchemas.Nested), """{"person":{"name":"Bo","address":{"street":"Main 1"}}}""" },
        { nameof(TestSchemas.Nested), """{"person":{"name":"Bo","address":{"street":"s","city":"c","zip":"900"}}}""" },
        { nameof(TestSchemas.Nested), """{"person":{"name":"Bo","address":{"street":"s","city":"c"}},"score":1.}""" },
        { nameof(TestSchemas.ArrayOfObjects), "[]" },
        { nameof(TestSchemas.ArrayOfObjects), """[{"id":1},{"id":2},{"id":3},{"id":4}]""" },
        { nameof(TestSchemas.ArrayOfObjects), """[{"label":"a"}]""" },
        { nameof(TestSchemas.ArrayOfObjects), """[{"id":1},]""" },
        { nameof(TestSchemas.ArrayOfObjects), """[{"id":1,"label":"0123456789a"}]""" },
        { nameof(TestSchemas.Enums), """{"color":"purple","size":1}""" },
        { nameof(TestSchemas.Enums), """{"color":"Red","size":1}""" },
        { nameof(TestSchemas.Enums), """{"color":"red","size":2}""" },
        { nameof(TestSchemas.Enums), """{"color":"red","size":false}""" },
        { nameof(TestSchemas.Enums), """{"color":"red","size":"xl"}""" },
        { nameof(TestSchemas.Const), """{"kind":"final","version":2}""" },
        { nameof(TestSchemas.Const), """{"kind":"draft","version":3}""" },
        { nameof(TestSchemas.Const), """{"kind":"draft","version":2,"meta":{"a":[1],"b":null}}""" },
        { nameof(TestSchemas.AnyOf), """{"value":"toolong","choice":true}""" },
        { nameof(TestSchemas.AnyOf), """{"value":1.5,"choice":true}""" },
        { nameof(TestSchemas.AnyOf), """{"value":{},"choice":true}""" },
        { nameof(TestSchemas.AnyOf), """{"value":1,"choice":["a","b","c"]}""" },
        { nameof(TestSchemas.AnyOf), """{"value":1,"choice":"yes"}""" },
        { nameof(TestSchemas.Recursive), """{"name":"r","children":[{"name":"a"},{"name":"b"},{"name":"c"},{"name":"d"}]}""" },
        { nameof(TestSchemas.Recursive), """{"name":"r","children":[{"name":"toolongname"}]}""" },
        { nameof(TestSchemas.Recursive), """{"name":"r","children":[{"children":[]}]}""" },
        { nameof(TestSchemas.Definitions), """{"value":1}""" },
        { nameof(TestSchemas.Definitions), """{"value":"a","next":{}}""" },
        { nameof(TestSchemas.TypeUnion), """{"u":"abcd"}""" },
        { nameof(TestSchemas.TypeUnion), """{"u":true}""" },
        { nameof(TestSchemas.Draft), """{"sections":[]}""" },
        { nameof(TestSchemas.Draft), """{"sections":[{"id":"situatie","sentences":[{"text":"a","sources":[]}]}]}""" },
        { nameof(TestSchemas.Draft), """{"sections":[{"id":"situatie","sentences":[{"text":"a","sources":["s301"]}]}]}""" },
        { nameof(TestSchemas.Draft), """{"sections":[{"id":"situatie","sentences":[{"text":"a","sources":["s000"]}]}]}""" },
        { nameof(TestSchemas.Draft), """{"sections":[{"id":"situatie","sentences":[{"text":"a","sources":["s01"]}]}]}""" },
        { nameof(TestSchemas.Draft), """{"sections":[{"id":"slot","sentences":[{"text":"a","sources":["s001"]}]}]}""" },
        { nameof(TestSchemas.Draft), """{"sections":[{"id":"situatie","sentences":[{"text":"a","sources":["s001"],"note":"x"}]}]}""" },
        { nameof(TestSchemas.Draft), """{"sections":[{"id":"situatie","sentences":[{"text":"","sources":["s001"]}]}]}""" },
        { nameof(TestSchemas.Draft), $$"""{"sections":[{"id":"situatie","sentences":[{"text":"{{TooLongText}}","sources":["s001"]}]}]}""" },
    };

    // Valid JSON, valid against the schema, but outside the subset the grammar allows on purpose.
    public static TheoryData<string, string> NarrowedInstances => new()
    {
        // Declared property order is kept.
        { nameof(TestSchemas.Simple), """{"active":true,"name":"Ann"}""" },

        // Whitespace is bounded: one space, or a newline and at most 20 spaces or tabs.
        { nameof(TestSchemas.Simple), "{\"name\":\"A\",\n" + new string(' ', 21) + "\"active\":true}" },
        { nameof(TestSchemas.Simple), """{"name":"A",  "active":true}""" },
        { nameof(TestSchemas.Simple), """ {"name":"A","active":true}""" },
        { nameof(TestSchemas.Simple), """{"name":"A","active":true} """ },

        // At most 15 integer digits.
        { nameof(TestSchemas.Simple), """{"name":"A","age":1234567890123456,"active":true}""" },

        // An integer is written without a fraction.
        { nameof(TestSchemas.Simple), """{"name":"A","age":1.0,"active":true}""" },

        // An enum value has one spelling.
        { nameof(TestSchemas.Enums), """{"color":"r\u0065d","size":1}""" },
        { nameof(TestSchemas.Enums), """{"color":"red","size":1.0}""" },

        // Properties without "additionalProperties": false are still closed.
        { nameof(TestSchemas.Nested), """{"person":{"name":"Bo","address":{"street":"s","city":"c"},"age":3}}""" },
    };

    [Theory]
    [MemberData(nameof(ValidInstances))]
    public void Grammar_WhenGivenValidInstance_ShouldAccept(string schema, string json)
    {
        // Arrange
        var compiled = TestSchemas.Compile(schema);
        Assert.Empty(compiled.Validate(json));

        // Act
        var accepted = compiled.Accepts(json);

        // Assert
        Assert.True(accepted, $"{schema} grammar rejected {json}\n{compiled.Gbnf}");
    }

    [Theory]
    [MemberData(nameof(InvalidInstances))]
    public void Grammar_WhenGivenInvalidInstance_ShouldReject(string schema, string json)
    {
        // Arrange
        var compiled = TestSchemas.Compile(schema);

        // Act
        var accepted = compiled.Accepts(json);

        // Assert
        Assert.False(accepted, $"{schema} grammar accepted {json}");
        Assert.False(IsValidJson(json) && compiled.Validate(json).Count == 0, $"test instance {json} is in fact valid");
    }

    [Theory]
    [MemberData(nameof(NarrowedInstances))]
    public void Grammar_WhenInstanceIsValidButOutsideGrammarSubset_ShouldReject(string schema, string json)
    {
        // Arrange
        var compiled = TestSchemas.Compile(schema);

        // Act
        var accepted = compiled.Accepts(json);

        // Assert
        Assert.False(accepted, $"{schema} grammar accepted {json}");
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-0", true)]
    [InlineData("1.5", true)]
    [InlineData("-12.125", true)]
    [InlineData("1e5", true)]
    [InlineData("1E+5", true)]
    [InlineData("2.5e-3", true)]
    [InlineData("123456789012345", true)]
    [InlineData("0.123456789012345", true)]
    [InlineData("01", false)]
    [InlineData("1.", false)]
    [InlineData(".5", false)]
    [InlineData("+1", false)]
    [InlineData("1e", false)]
    [InlineData("1e+", false)]
    [InlineData("--1", false)]
    [InlineData("1e123", false)]
    [InlineData("1234567890123456", false)]
    [InlineData("NaN", false)]
    [InlineData("Infinity", false)]
    [InlineData("0x1", false)]
    [InlineData("\"1\"", false)]
    public void NumberGrammar_WhenGivenCandidate_ShouldAcceptOnlyBoundedJsonNumbers(string json, bool expected)
    {
        // Arrange
        var compiled = CompiledSchema.From("""{ "type": "number" }""");

        // Act
        var accepted = compiled.Accepts(json);

        // Assert
        Assert.Equal(expected, accepted);
    }

    [Theory]
    [InlineData("\"\"", true)]
    [InlineData("\"a\\\"b\"", true)]
    [InlineData("\"\\\\ \\/ \\b \\f \\n \\r \\t\"", true)]
    [InlineData("\"\\u00e9\\u00C9\"", true)]
    [InlineData("\"\\ud83d\\ude00\"", true)]
    [InlineData("\"é中😀\"", true)]
    [InlineData("\"\\ud800\"", false)]
    [InlineData("\"\\ude00\\ud83d\"", false)]
    [InlineData("\"\\x41\"", false)]
    [InlineData("\"\\u12\"", false)]
    [InlineData("\"\\a\"", false)]
    [InlineData("\"tab\there\"", false)]
    [InlineData("\"a\"b\"", false)]
    [InlineData("\"open", false)]
    [InlineData("'single'", false)]
    public void StringGrammar_WhenGivenCandidate_ShouldAcceptOnlyJsonStringsNetCanRead(string json, bool expected)
    {
        // Arrange
        var compiled = CompiledSchema.From("""{ "type": "string" }""");

        // Act
        var accepted = compiled.Accepts(json);

        // Assert
        Assert.Equal(expected, accepted);
        if (accepted)
        {
            using var document = JsonDocument.Parse(json);
            Assert.NotNull(document.RootElement.GetString());
        }
    }

    [Theory]
    [InlineData("""["s001"]""", true)]
    [InlineData("""["s900","s450","s001","s100","s099"]""", true)]
    [InlineData("""[ "s123" , "s124" ]""", true)]
    [InlineData("[]", false)]
    [InlineData("""["s901"]""", false)]
    [InlineData("""["s000"]""", false)]
    [InlineData("""["S001"]""", false)]
    [InlineData("""["s1000"]""", false)]
    [InlineData("""["s00"]""", false)]
    [InlineData("""[s001]""", false)]
    public void LargeEnumArray_WhenGivenCandidate_ShouldAcceptOnlyListedIdsAndAtLeastOne(string json, bool expected)
    {
        // Arrange
        var compiled = CompiledSchema.From(JsonSchemaGrammarTests.EnumArraySchema(TestSchemas.SegmentIds(900)));

        // Act
        var accepted = compiled.Accepts(json);

        // Assert
        Assert.Equal(expected, accepted);
    }

    [Theory]
    [InlineData(2100, true)]
    [InlineData(2101, true)]
    [InlineData(3099, true)]
    [InlineData(3100, true)]
    [InlineData(3101, true)]
    [InlineData(4500, true)]
    [InlineData(2099, false)]
    [InlineData(4501, false)]
    public void LongStringGrammar_WhenLengthsExceedLlamaRepetitionLimit_ShouldStillEnforceBothBounds(int length, bool expected)
    {
        // Arrange: llama.cpp caps {m,n} at 2000, so these bounds go through chunk rules.
        var compiled = CompiledSchema.From("""{ "type": "string", "minLength": 2100, "maxLength": 4500 }""");
        var json = "\"" + new string('a', length) + "\"";

        // Act
        var accepted = compiled.Accepts(json);

        // Assert
        Assert.Equal(expected, accepted);
    }

    [Fact]
    public void Grammar_WhenSchemaIsTrue_ShouldAcceptAnyJson()
    {
        // Arrange
        var compiled = CompiledSchema.From("true");

        // Act
        var accepted = compiled.Accepts("""[1, {"a": "b", "c": [true, null, -2.5e3]}, "x", {}]""");

        // Assert
        Assert.True(accepted);
    }

    [Fact]
    public void Grammar_WhenInstanceIsIndentedBySystemTextJson_ShouldAccept()
    {
        // Arrange
        var compiled = TestSchemas.Compile(nameof(TestSchemas.Draft));
        const string Compact = """{"sections":[{"id":"analyse","sentences":[{"text":"Zie verslag.","sources":["s002","s003"]}]}]}""";
        using var document = JsonDocument.Parse(Compact);
        var indented = JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true, NewLine = "\n" });

        // Act
        var accepted = compiled.Accepts(indented);

        // Assert
        Assert.True(accepted, indented);
    }

    private static bool IsValidJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
