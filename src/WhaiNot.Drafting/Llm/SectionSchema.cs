using System.Text.Json;
using System.Text.Json.Nodes;

namespace WhaiNot.Drafting.Llm;

/// <summary>
/// The JSON schema a section answer must follow. Sources are an enum of exactly the segment ids in
/// the prompt, so the grammar built from it lets the model cite nothing else — not an invented id,
/// not a segment it wasn't shown.
/// </summary>
internal static class SectionSchema
{
    public static JsonElement For(IReadOnlyList<string> segmentIds, int maxSentences, int maxCharacters)
    {
        var ids = new JsonArray(segmentIds.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray());
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["sentences"] = new JsonObject
                {
                    ["type"] = "array",
                    ["maxItems"] = maxSentences,
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["text"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = maxCharacters },
                            ["sources"] = new JsonObject
                            {
                                ["type"] = "array",
                                ["minItems"] = 1,
                                ["maxItems"] = Math.Min(4, segmentIds.Count),
                                ["items"] = new JsonObject { ["enum"] = ids },
                            },
                        },
                        ["required"] = new JsonArray("text", "sources"),
                        ["additionalProperties"] = false,
                    },
                },
            },
            ["required"] = new JsonArray("sentences"),
            ["additionalProperties"] = false,
        };
        return JsonSerializer.SerializeToElement(schema);
    }
}
