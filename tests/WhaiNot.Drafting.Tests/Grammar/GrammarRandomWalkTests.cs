using System.Text.Json;

namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>
/// Property test: whatever a "model" picks within the grammar must be JSON that validates against
/// the schema. The walker plays a model that picks uniformly among allowed continuations.
/// </summary>
public sealed class GrammarRandomWalkTests
{
    private const int WalksPerSchema = 150;

    public static TheoryData<string> SchemaNames => TestSchemas.Names;

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void RandomWalk_WhenWalkingConvertedGrammar_ShouldAlwaysYieldValidJson(string name)
    {
        // Arrange
        var compiled = TestSchemas.Compile(name);
        var walker = new GrammarWalker(compiled.Grammar, seed: name.Length * 7919);

        // Act
        var samples = Enumerable.Range(0, WalksPerSchema).Select(_ => walker.Next()).ToList();

        // Assert
        foreach (var sample in samples)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(sample);
            }
            catch (JsonException ex)
            {
                Assert.Fail($"{name}: walk produced text that is not JSON ({ex.Message}):\n{sample}");
                return;
            }

            using (document)
            {
                var errors = SubsetSchemaValidator.Validate(compiled.Schema, document.RootElement);
                Assert.True(errors.Count == 0, $"{name}: walk produced invalid JSON ({string.Join("; ", errors)}):\n{sample}");
                AssertStringsReadable(document.RootElement);
            }

            Assert.True(compiled.Accepts(sample), $"{name}: recogniser disagrees with walker on:\n{sample}");
        }

        Assert.True(samples.Distinct(StringComparer.Ordinal).Count() > WalksPerSchema / 10, $"{name}: walks barely vary");
    }

    // A string .NET cannot read (an escaped lone surrogate) parses as a document but throws later.
    private static void AssertStringsReadable(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    AssertStringsReadable(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertStringsReadable(item);
                }

                break;
            default:
                break;
        }
    }
}
