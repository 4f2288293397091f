using System.Text.Json;
using WhaiNot.Drafting.Grammar;

namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>A schema, the GBNF the converter made from it, and that GBNF parsed by the test parser.</summary>
internal sealed record CompiledSchema(JsonElement Schema, string Gbnf, TestGrammar Grammar)
{
    public static CompiledSchema From(string schemaJson)
    {
        // Cloned so the element outlives the document without keeping it undisposed.
        using var document = JsonDocument.Parse(schemaJson);
        var schema = document.RootElement.Clone();
        var gbnf = JsonSchemaGrammar.ToGbnf(schema);
        return new CompiledSchema(schema, gbnf, GbnfParser.Parse(gbnf));
    }

    public bool Accepts(string json) => EarleyRecognizer.Accepts(Grammar, json);

    public IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SubsetSchemaValidator.Validate(Schema, document.RootElement);
    }
}
