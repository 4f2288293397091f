using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WhaiNot.TestSupport.Fuzzing;

/// <summary>
/// Seeded structure-aware mutations of a valid JSON document: a value replaced by a wrong type, a
/// huge string or number, deep nesting; a field removed, added or given twice; and now and then
/// a byte-level mutation of the text itself. Invalid JSON is a fair input too.
/// </summary>
public static class JsonMutator
{
    private static readonly JsonSerializerOptions Deep = new() { MaxDepth = 5000 };

    public static string Mutate(string json, IReadOnlyList<string> corpus, Random random)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(random);
        if (random.Next(5) == 0)
        {
            var bytes = ByteMutator.Mutate(Encoding.UTF8.GetBytes(json), [.. corpus.Select(Encoding.UTF8.GetBytes)], random);
            return Encoding.UTF8.GetString(bytes);
        }

        var root = JsonNode.Parse(json);
        if (random.Next(8) == 0)
        {
            return DuplicateAKey(json, random);
        }

        var rounds = 1 + random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            root = MutateSomewhere(root, random);
        }

        return root?.ToJsonString(Deep) ?? "null";
    }

    /// <summary>An array or object nested <paramref name="depth"/> deep.</summary>
    public static string Nested(int depth, bool arrays) =>
        arrays ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private static JsonNode? MutateSomewhere(JsonNode? root, Random random)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        if (nodes.Count == 0 || random.Next(10) == 0)
        {
            return WrongValue(random);
        }

        var target = nodes[random.Next(nodes.Count)];
        switch (target)
        {
            case JsonObject obj when obj.Count > 0 && random.Next(3) == 0:
                obj.Remove(obj.ElementAt(random.Next(obj.Count)).Key);
                return root;
            case JsonObject obj when random.Next(2) == 0:
                obj["onbekend" + random.Next(100)] = WrongValue(random);
                return root;
            case JsonArray array when random.Next(2) == 0:
                var copies = random.Next(2) == 0 ? 1 : 500;
                for (var i = 0; i < copies; i++)
                {
                    array.Add(array.Count > 0 ? array[random.Next(array.Count)]?.DeepClone() : WrongValue(random));
                }

                return root;
        }

        if (target.Parent is null)
        {
            return WrongValue(random);
        }

        var replacement = WrongValue(random);
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement;
                break;
        }

        return root;
    }

    private static JsonNode? WrongValue(Random random) => random.Next(14) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(-1),
        3 => JsonValue.Create(long.MaxValue),
        4 => JsonValue.Create(1e300),
        5 => JsonValue.Create(new string('x', random.Next(2) == 0 ? 300 : 200_000)),
        6 => JsonValue.Create(""),
        7 => JsonValue.Create("\u0000\u001b[31m\u202e<script>"),
        8 => new JsonArray(),
        9 => new JsonObject(),
        10 => JsonNode.Parse(Nested(random.Next(2) == 0 ? 70 : 2000, arrays: random.Next(2) == 0), documentOptions: new() { MaxDepth = 4000 }),
        11 => JsonValue.Create("9999-12-31T23:59:59Z"),
        12 => JsonValue.Create("0001-01-01"),
        _ => JsonValue.Create(Guid.Empty.ToString()),
    };

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    Collect(child, nodes);
                }

                break;
        }
    }

    /// <summary>Writes the first property of the top-level object a second time, with another value.</summary>
    private static string DuplicateAKey(string json, Random random)
    {
        var trimmed = json.TrimStart();
        var close = trimmed.IndexOf('"', 2);
        if (!trimmed.StartsWith("{\"", StringComparison.Ordinal) || close < 0)
        {
            return json;
        }

        var key = trimmed[1..(close + 1)];
        return "{" + key + ":" + (WrongValue(random)?.ToJsonString(Deep) ?? "null") + "," + trimmed[1..];
    }
}
