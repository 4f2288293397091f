using System.Globalization;
using System.Text.Json;

namespace WhaiNot.Drafting.Grammar;

/// <summary>
/// Walks one JSON Schema document and builds the GBNF grammar for it. One instance per conversion:
/// it remembers which <c>$ref</c> targets already have rules, which is what makes recursive schemas
/// finite.
/// </summary>
internal sealed class SchemaConverter
{
    private const string Ws = "ws";
    private const string JsonChar = "json-char";
    private const string JsonString = "json-string";
    private const string JsonInteger = "json-integer";
    private const string JsonNumber = "json-number";
    private const string JsonBoolean = "json-boolean";
    private const string JsonValue = "json-value";
    private const string JsonObject = "json-object";
    private const string JsonMember = "json-member";
    private const string JsonMemberNext = "json-member-next";
    private const string JsonArray = "json-array";
    private const string JsonArrayNext = "json-array-next";

    // llama.cpp rejects {m,...} above 2000 and silently drops an upper bound above 2000, so larger
    // counts are built from chunks of this many repetitions (see Repetition).
    private const int MaxDirectRepetition = 2000;
    private const int ChunkSize = 1000;

    // Bounds the whitespace a model may put between two tokens: without a bound a weak model can
    // spend its whole token budget on spaces and never close the JSON.
    private const int MaxIndent = 20;

    // Bounded digit counts keep numbers inside what double and long hold, and stop a model from
    // emitting digits forever.
    private const int MaxIntegerDigits = 15;
    private const int MaxFractionDigits = 15;
    private const int MaxExponentDigits = 2;

    private static readonly string[] PrimitiveNames =
    [
        Ws, JsonChar, JsonString, JsonInteger, JsonNumber, JsonBoolean, JsonValue,
        JsonObject, JsonMember, JsonMemberNext, JsonArray, JsonArrayNext,
    ];

    private static readonly string[] TypeOrder = ["object", "array", "string", "integer", "number", "boolean", "null"];

    private readonly JsonElement _document;
    private readonly GbnfGrammar _grammar = new([GbnfGrammar.RootName, .. PrimitiveNames]);
    private readonly Dictionary<string, string> _refRules = new(StringComparer.Ordinal);

    /// <summary>Prepares the conversion of the schema document rooted at <paramref name="document"/>.</summary>
    public SchemaConverter(JsonElement document)
    {
        _document = document;
    }

    /// <summary>Builds, checks and prints the grammar; its start rule is <c>root</c>.</summary>
    public string Convert()
    {
        _grammar.Reserve(GbnfGrammar.RootName);
        _refRules["#"] = GbnfGrammar.RootName;
        var body = Visit(_document, "#", GbnfGrammar.RootName);
        _grammar.Define(GbnfGrammar.RootName, body);
        return _grammar.Write();
    }

    private static string ChildName(string parent, string suffix) =>
        parent == GbnfGrammar.RootName ? suffix : $"{parent}-{suffix}";

    private static string ChildPath(string path, string segment) =>
        $"{path}/{segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    private GbnfNode Visit(JsonElement schema, string path, string name)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.True:
                return Primitive(JsonValue);
            case JsonValueKind.False:
                throw new GrammarException($"The schema at '{path}' is 'false', so no value is allowed there.");
            case JsonValueKind.Object:
                break;
            default:
                throw new GrammarException($"The schema at '{path}' must be an object or a boolean, not {schema.ValueKind}.");
        }

        var active = new List<string>();
        foreach (var property in schema.EnumerateObject())
        {
            if (SchemaKeywords.Supported.Contains(property.Name))
            {
                active.Add(property.Name);
            }
            else if (!SchemaKeywords.Annotations.Contains(property.Name))
            {
                throw SchemaKeywords.Refuse(property.Name, path);
            }
        }

        if (active.Contains("$ref"))
        {
            RefuseCombination("$ref", active, [], path);
            return Reference(schema.GetProperty("$ref"), path);
        }

        if (active.Contains("anyOf") || active.Contains("oneOf"))
        {
            var keyword = active.Contains("anyOf") ? "anyOf" : "oneOf";
            RefuseCombination(keyword, active, [], path);
            return Alternatives(schema.GetProperty(keyword), ChildPath(path, keyword), name);
        }

        var types = ReadTypes(schema, path);
        if (active.Contains("enum") || active.Contains("const"))
        {
            var keyword = active.Contains("enum") ? "enum" : "const";
            RefuseCombination(keyword, active, ["type", "minLength", "maxLength"], path);
            return Enumeration(schema, keyword, types, path);
        }

        types ??= InferTypes(active);
        if (types.Count == 0)
        {
            return Primitive(JsonValue);
        }

        var options = new List<GbnfNode>();
        foreach (var type in types)
        {
            switch (type)
            {
                case "object":
                    options.Add(ObjectValue(schema, path, name));
                    break;
                case "array":
                    options.Add(ArrayValue(schema, path, name));
                    break;
                case "string":
                    options.Add(StringValue(schema, path, name));
                    break;
                case "integer" when !types.Contains("number"):
                    options.Add(Primitive(JsonInteger));
                    break;
                case "number":
                    options.Add(Primitive(JsonNumber));
                    break;
                case "boolean":
                    options.Add(Primitive(JsonBoolean));
                    break;
                case "null":
                    options.Add(GbnfNode.Literal("null"));
                    break;
                default:
                    break;
            }
        }

        return GbnfNode.Choice(options);
    }

    // Siblings of $ref/anyOf/oneOf/enum would have to hold at the same time (an intersection),
    // which the grammar cannot express by alternation alone.
    private static void RefuseCombination(string keyword, List<string> active, string[] allowed, string path)
    {
        var other = active.FirstOrDefault(k => k != keyword && !allowed.Contains(k));
        if (other is not null)
        {
            throw new NotSupportedException(
                $"JSON Schema keyword '{other}' next to '{keyword}' at '{path}' is not supported by the grammar converter: " +
                $"both would have to hold at once; move '{other}' into the schema that '{keyword}' selects.");
        }
    }

    private static List<string>? ReadTypes(JsonElement schema, string path)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        var names = new List<string>();
        if (type.ValueKind == JsonValueKind.String)
        {
            names.Add(type.GetString()!);
        }
        else if (type.ValueKind == JsonValueKind.Array && type.GetArrayLength() > 0)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    throw new GrammarException($"'type' at '{path}' must list type names as strings.");
                }

                names.Add(item.GetString()!);
            }
        }
        else
        {
            throw new GrammarException($"'type' at '{path}' must be a type name or a non-empty array of them.");
        }

        var unknown = names.FirstOrDefault(n => !TypeOrder.Contains(n));
        if (unknown is not null)
        {
            throw new GrammarException($"'type' at '{path}' names unknown type '{unknown}'.");
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    // Without 'type' a schema allows every type and its keywords constrain only their own type;
    // emitting just the types the keywords talk about is a subset that always validates.
    private static List<string> InferTypes(List<string> active)
    {
        var types = new List<string>();
        if (active.Contains("properties") || active.Contains("required") || active.Contains("additionalProperties"))
        {
            types.Add("object");
        }

        if (active.Contains("items") || active.Contains("minItems") || active.Contains("maxItems"))
        {
            types.Add("array");
        }

        if (active.Contains("minLength") || active.Contains("maxLength"))
        {
            types.Add("string");
        }

        return types;
    }

    private GbnfNode Reference(JsonElement reference, string path)
    {
        if (reference.ValueKind != JsonValueKind.String)
        {
            throw new GrammarException($"'$ref' at '{path}' must be a string.");
        }

        var target = reference.GetString()!;
        if (!target.StartsWith('#'))
        {
            throw new NotSupportedException(
                $"'$ref' '{target}' at '{path}' is not supported by the grammar converter: only references inside the same schema, such as '#/$defs/name', are.");
        }

        if (_refRules.TryGetValue(target, out var existing))
        {
            return GbnfNode.Rule(existing);
        }

        var (resolved, desired) = Resolve(target, path);

        // The name is registered before the body is built, so a definition that refers to itself
        // gets a reference to its own rule instead of an endless expansion.
        var name = _grammar.Allocate(desired);
        _refRules.Add(target, name);
        _grammar.Define(name, Visit(resolved, target, name));
        return GbnfNode.Rule(name);
    }

    private (JsonElement Schema, string Name) Resolve(string target, string path)
    {
        var fragment = target[1..];
        if (fragment.Length > 0 && fragment[0] != '/')
        {
            throw new NotSupportedException(
                $"'$ref' '{target}' at '{path}' is not supported by the grammar converter: anchors are not, only JSON Pointers such as '#/$defs/name'.");
        }

        var segments = fragment.Length == 0
            ? []
            : fragment[1..].Split('/')
                .Select(s => Uri.UnescapeDataString(s).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
                .ToArray();
        var current = _document;
        foreach (var segment in segments)
        {
            var found = current.ValueKind switch
            {
                JsonValueKind.Object => current.TryGetProperty(segment, out var child) ? child : (JsonElement?)null,
                JsonValueKind.Array when int.TryParse(segment, out var index) && index >= 0 && index < current.GetArrayLength() => current[index],
                _ => null,
            };
            current = found ?? throw new GrammarException($"'$ref' '{target}' at '{path}' points to nothing in the schema.");
        }

        var name = segments.Length == 2 && segments[0] is "$defs" or "definitions"
            ? "def-" + segments[1]
            : "ref-" + string.Join('-', segments);
        return (current, name);
    }

    private GbnfNode Alternatives(JsonElement branches, string path, string name)
    {
        if (branches.ValueKind != JsonValueKind.Array || branches.GetArrayLength() == 0)
        {
            throw new GrammarException($"'{path}' must be a non-empty array of schemas.");
        }

        // oneOf becomes plain alternation as well: exclusivity between branches is not checked,
        // so oneOf schemas must have branches that no value satisfies twice.
        var options = new List<GbnfNode>();
        var index = 0;
        foreach (var branch in branches.EnumerateArray())
        {
            var branchPath = ChildPath(path, index.ToString(CultureInfo.InvariantCulture));
            options.Add(Named(ChildName(name, FormattableString.Invariant($"alt{index}")), n => Visit(branch, branchPath, n)));
            index++;
        }

        return GbnfNode.Choice(options);
    }

    private static GbnfNode Enumeration(JsonElement schema, string keyword, List<string>? types, string path)
    {
        var values = keyword == "const" ? [schema.GetProperty("const")] : ReadEnum(schema, path);
        var minLength = ReadCount(schema, "minLength", path);
        var maxLength = ReadCount(schema, "maxLength", path);

        // Values that break the schema's own type or length would validate against the enum but
        // not the whole schema, so they are left out of the grammar.
        var trie = new LiteralTrie();
        var any = false;
        foreach (var value in values)
        {
            if (types is not null && !types.Any(t => HasType(value, t)))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                var length = value.GetString()!.EnumerateRunes().Count();
                if (length < (minLength ?? 0) || length > (maxLength ?? int.MaxValue))
                {
                    continue;
                }
            }

            trie.Add(JsonLiteral.Encode(value));
            any = true;
        }

        if (!any)
        {
            throw new GrammarException($"No value of '{keyword}' at '{path}' satisfies the schema's 'type', 'minLength' and 'maxLength'.");
        }

        return trie.ToNode();
    }

    private static List<JsonElement> ReadEnum(JsonElement schema, string path)
    {
        var values = schema.GetProperty("enum");
        if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            throw new GrammarException($"'enum' at '{path}' must be a non-empty array.");
        }

        return [.. values.EnumerateArray()];
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && Math.Floor(d) == d,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        _ => false,
    };

    private GbnfNode ObjectValue(JsonElement schema, string path, string name)
    {
        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind != JsonValueKind.False)
        {
            throw new NotSupportedException(
                $"JSON Schema keyword 'additionalProperties' at '{path}' is not supported by the grammar converter unless it is false: objects only have their declared properties.");
        }

        var declared = new List<(string Key, JsonElement Schema)>();
        if (schema.TryGetProperty("properties", out var properties))
        {
            if (properties.ValueKind != JsonValueKind.Object)
            {
                throw new GrammarException($"'properties' at '{path}' must be an object.");
            }

            foreach (var property in properties.EnumerateObject())
            {
                if (declared.Exists(d => d.Key == property.Name))
                {
                    throw new GrammarException($"'properties' at '{path}' declares '{property.Name}' twice.");
                }

                declared.Add((property.Name, property.Value));
            }
        }

        var required = ReadRequired(schema, path, declared);
        var members = new List<(GbnfNode Member, bool Required)>();
        foreach (var (key, propertySchema) in declared)
        {
            var valuePath = ChildPath(ChildPath(path, "properties"), key);
            var member = Named(ChildName(name, key + "-kv"), _ =>
            {
                var value = Named(ChildName(name, key), n => Visit(propertySchema, valuePath, n));
                return GbnfNode.Sequence(GbnfNode.Literal(JsonLiteral.EncodeString(key)), Primitive(Ws), GbnfNode.Literal(":"), Primitive(Ws), value);
            });
            members.Add((member, required.Contains(key)));
        }

        var open = GbnfNode.Sequence(GbnfNode.Literal("{"), Primitive(Ws));
        var close = GbnfNode.Literal("}");
        if (members.Count == 0)
        {
            return GbnfNode.Sequence(open, close);
        }

        if (members.TrueForAll(m => m.Required))
        {
            var parts = new List<GbnfNode> { open };
            for (var i = 0; i < members.Count; i++)
            {
                if (i > 0)
                {
                    parts.Add(GbnfNode.Literal(","));
                    parts.Add(Primitive(Ws));
                }

                parts.Add(members[i].Member);
                parts.Add(Primitive(Ws));
            }

            parts.Add(close);
            return GbnfNode.Sequence([.. parts]);
        }

        return GbnfNode.Sequence(open, OptionalMembers(members, declared, name), close);
    }

    // Properties keep their declared order and optional ones may be left out, so whether a comma
    // comes next depends on whether anything was written before. Working back from the last
    // property: "after-k" is what may follow once property k's slot is passed and something was
    // written; "head" is what may come when nothing was written yet. "after" rules are shared by
    // two callers, so they are named rules and the grammar stays linear in the property count.
    private GbnfNode OptionalMembers(List<(GbnfNode Member, bool Required)> members, List<(string Key, JsonElement Schema)> declared, string name)
    {
        var after = GbnfNode.Empty;
        var head = GbnfNode.Empty;
        for (var i = members.Count - 1; i >= 0; i--)
        {
            var (member, required) = members[i];
            var written = GbnfNode.Sequence(member, Primitive(Ws), after);
            head = required ? written : GbnfNode.Choice([written, head]);

            var commaMember = GbnfNode.Sequence(GbnfNode.Literal(","), Primitive(Ws), member, Primitive(Ws));
            var afterPrevious = required
                ? GbnfNode.Sequence(commaMember, after)
                : GbnfNode.Sequence(GbnfNode.Optional(commaMember), after);
            if (i > 0)
            {
                var tail = afterPrevious;
                after = Named(ChildName(name, "after-" + declared[i - 1].Key), _ => tail);
            }
        }

        return head;
    }

    private static HashSet<string> ReadRequired(JsonElement schema, string path, List<(string Key, JsonElement Schema)> declared)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (!schema.TryGetProperty("required", out var list))
        {
            return required;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new GrammarException($"'required' at '{path}' must be an array of property names.");
        }

        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new GrammarException($"'required' at '{path}' must be an array of property names.");
            }

            var key = item.GetString()!;
            if (!declared.Exists(d => d.Key == key))
            {
                throw new GrammarException(
                    $"'required' at '{path}' lists '{key}', which is not in 'properties'; with no other properties allowed no value could satisfy it.");
            }

            required.Add(key);
        }

        return required;
    }

    private GbnfNode ArrayValue(JsonElement schema, string path, string name)
    {
        var minItems = ReadCount(schema, "minItems", path) ?? 0;
        var maxItems = ReadCount(schema, "maxItems", path);
        var empty = GbnfNode.Sequence(GbnfNode.Literal("["), Primitive(Ws), GbnfNode.Literal("]"));

        GbnfNode item;
        if (!schema.TryGetProperty("items", out var items) || items.ValueKind == JsonValueKind.True)
        {
            item = Primitive(JsonValue);
        }
        else if (items.ValueKind == JsonValueKind.False)
        {
            maxItems = 0;
            item = GbnfNode.Empty;
        }
        else if (items.ValueKind == JsonValueKind.Object)
        {
            item = Named(ChildName(name, "item"), n => Visit(items, ChildPath(path, "items"), n));
        }
        else
        {
            throw new NotSupportedException(
                $"'items' at '{path}' is not supported by the grammar converter unless it is one schema: the tuple form (an array of schemas) is not.");
        }

        if (maxItems < minItems)
        {
            throw new GrammarException($"'minItems' at '{path}' is larger than 'maxItems', so no array can satisfy it.");
        }

        if (maxItems == 0)
        {
            return empty;
        }

        var next = Named(ChildName(name, "item-next"), _ => GbnfNode.Sequence(GbnfNode.Literal(","), Primitive(Ws), item, Primitive(Ws)));
        var more = Repetition(next, Math.Max(minItems - 1, 0), maxItems - 1, ChildName(name, "item-chunk"), path);
        var list = GbnfNode.Sequence(item, Primitive(Ws), more);
        return GbnfNode.Sequence(
            GbnfNode.Literal("["),
            Primitive(Ws),
            minItems == 0 ? GbnfNode.Optional(list) : list,
            GbnfNode.Literal("]"));
    }

    private GbnfNode StringValue(JsonElement schema, string path, string name)
    {
        var minLength = ReadCount(schema, "minLength", path);
        var maxLength = ReadCount(schema, "maxLength", path);
        if (minLength is null && maxLength is null)
        {
            return Primitive(JsonString);
        }

        if (maxLength < minLength)
        {
            throw new GrammarException($"'minLength' at '{path}' is larger than 'maxLength', so no string can satisfy it.");
        }

        var quote = GbnfNode.Literal("\"");
        var chars = Repetition(Primitive(JsonChar), minLength ?? 0, maxLength, ChildName(name, "chunk"), path);
        return GbnfNode.Sequence(quote, chars, quote);
    }

    private static int? ReadCount(JsonElement schema, string keyword, string path)
    {
        if (!schema.TryGetProperty(keyword, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var count) || count < 0)
        {
            throw new GrammarException($"'{keyword}' at '{path}' must be a non-negative integer.");
        }

        // Counts past what Repetition can build are refused rather than clipped, so a limit the
        // schema states is never silently dropped.
        const long Limit = (long)MaxDirectRepetition * ChunkSize;
        if (count > Limit)
        {
            throw new NotSupportedException(
                $"JSON Schema keyword '{keyword}' at '{path}' is not supported by the grammar converter above {Limit}.");
        }

        return (int)count;
    }

    /// <summary>
    /// Between <paramref name="min"/> and <paramref name="max"/> repetitions of an atom, written so
    /// that no single <c>{m,n}</c> exceeds llama.cpp's limit of 2000: larger counts go through a
    /// rule that repeats the atom <see cref="ChunkSize"/> times.
    /// </summary>
    private GbnfNode Repetition(GbnfNode atom, int min, int? max, string chunkName, string path)
    {
        if (min <= MaxDirectRepetition && (max is null || max <= MaxDirectRepetition))
        {
            return GbnfNode.Repeat(atom, min, max);
        }

        var chunk = Named(chunkName, _ => GbnfNode.Repeat(atom, ChunkSize, ChunkSize));
        var fixedPart = GbnfNode.Sequence(
            GbnfNode.Repeat(chunk, min / ChunkSize, min / ChunkSize),
            GbnfNode.Repeat(atom, min % ChunkSize, min % ChunkSize));
        if (max is null)
        {
            return GbnfNode.Sequence(fixedPart, GbnfNode.Repeat(atom, 0, null));
        }

        var spread = max.Value - min;
        if (spread <= MaxDirectRepetition)
        {
            return GbnfNode.Sequence(fixedPart, GbnfNode.Repeat(atom, 0, spread));
        }

        // 0..spread as "fewer than q whole chunks plus up to a chunk less one" or "exactly q chunks
        // plus the remainder": together exactly 0..spread, and unambiguous after each chunk.
        var wholeChunks = spread / ChunkSize;
        if (wholeChunks > MaxDirectRepetition)
        {
            throw new NotSupportedException($"A length range of {spread} at '{path}' is not supported by the grammar converter.");
        }

        var variable = GbnfNode.Choice(
        [
            GbnfNode.Sequence(GbnfNode.Repeat(chunk, 0, wholeChunks - 1), GbnfNode.Repeat(atom, 0, ChunkSize - 1)),
            GbnfNode.Sequence(GbnfNode.Repeat(chunk, wholeChunks, wholeChunks), GbnfNode.Repeat(atom, 0, spread % ChunkSize)),
        ]);
        return GbnfNode.Sequence(fixedPart, variable);
    }

    /// <summary>
    /// Builds the expression for a schema node under a name derived from its path. Expressions
    /// that are a single atom are used in place; anything larger gets a named rule, which keeps
    /// rule bodies short and lets repetitions apply to a single symbol.
    /// </summary>
    private GbnfNode Named(string desired, Func<string, GbnfNode> build)
    {
        var name = _grammar.Allocate(desired);
        var body = build(name);
        if (body.IsAtom)
        {
            _grammar.Release(name);
            return body;
        }

        _grammar.Define(name, body);
        return GbnfNode.Rule(name);
    }

    /// <summary>A shared rule for a JSON primitive, defined the first time it is used.</summary>
    private GbnfNode Primitive(string name)
    {
        if (_grammar.IsAllocated(name))
        {
            return GbnfNode.Rule(name);
        }

        // Claimed before the body is built: json-value and json-array refer to each other.
        _grammar.Reserve(name);
        _grammar.Define(name, PrimitiveBody(name));
        return GbnfNode.Rule(name);
    }

    private GbnfNode PrimitiveBody(string name)
    {
        var digit = GbnfNode.CharClass(false, ('0', '9'));
        var hex = GbnfNode.CharClass(false, ('0', '9'), ('A', 'F'), ('a', 'f'));
        switch (name)
        {
            case Ws:
                return GbnfNode.Choice(
                [
                    GbnfNode.Empty,
                    GbnfNode.Literal(" "),
                    GbnfNode.Sequence(GbnfNode.Literal("\n"), GbnfNode.Repeat(GbnfNode.CharClass(false, ('\t', '\t'), (' ', ' ')), 0, MaxIndent)),
                ]);
            case JsonChar:
                // Escaped surrogates only as a high-low pair: a lone one is legal JSON text but .NET
                // refuses to read it as a string. A pair counts as one character, as in minLength.
                var unicodeEscape = GbnfNode.Choice(
                [
                    GbnfNode.Sequence(GbnfNode.CharClass(false, ('0', '9'), ('A', 'C'), ('E', 'F'), ('a', 'c'), ('e', 'f')), GbnfNode.Repeat(hex, 3, 3)),
                    GbnfNode.Sequence(GbnfNode.CharClass(false, ('D', 'D'), ('d', 'd')), GbnfNode.CharClass(false, ('0', '7')), GbnfNode.Repeat(hex, 2, 2)),
                    GbnfNode.Sequence(
                        GbnfNode.CharClass(false, ('D', 'D'), ('d', 'd')),
                        GbnfNode.CharClass(false, ('8', '9'), ('A', 'B'), ('a', 'b')),
                        GbnfNode.Repeat(hex, 2, 2),
                        GbnfNode.Literal("\\u"),
                        GbnfNode.CharClass(false, ('D', 'D'), ('d', 'd')),
                        GbnfNode.CharClass(false, ('C', 'F'), ('c', 'f')),
                        GbnfNode.Repeat(hex, 2, 2)),
                ]);
                return GbnfNode.Choice(
                [
                    GbnfNode.CharClass(true, ('\0', '\x1F'), ('"', '"'), ('\\', '\\'), ('\x7F', '\x7F')),
                    GbnfNode.Sequence(
                        GbnfNode.Literal("\\"),
                        GbnfNode.Choice(
                        [
                            GbnfNode.CharClass(false, ('"', '"'), ('/', '/'), ('\\', '\\'), ('b', 'b'), ('f', 'f'), ('n', 'n'), ('r', 'r'), ('t', 't')),
                            GbnfNode.Sequence(GbnfNode.Literal("u"), unicodeEscape),
                        ])),
                ]);
            case JsonString:
                return GbnfNode.Sequence(GbnfNode.Literal("\""), GbnfNode.Repeat(Primitive(JsonChar), 0, null), GbnfNode.Literal("\""));
            case JsonInteger:
                return GbnfNode.Sequence(
                    GbnfNode.Repeat(GbnfNode.Literal("-"), 0, 1),
                    GbnfNode.Choice(
                    [
                        GbnfNode.Literal("0"),
                        GbnfNode.Sequence(GbnfNode.CharClass(false, ('1', '9')), GbnfNode.Repeat(digit, 0, MaxIntegerDigits - 1)),
                    ]));
            case JsonNumber:
                return GbnfNode.Sequence(
                    Primitive(JsonInteger),
                    GbnfNode.Optional(GbnfNode.Sequence(GbnfNode.Literal("."), GbnfNode.Repeat(digit, 1, MaxFractionDigits))),
                    GbnfNode.Optional(GbnfNode.Sequence(
                        GbnfNode.CharClass(false, ('E', 'E'), ('e', 'e')),
                        GbnfNode.Repeat(GbnfNode.CharClass(false, ('+', '+'), ('-', '-')), 0, 1),
                        GbnfNode.Repeat(digit, 1, MaxExponentDigits))));
            case JsonBoolean:
                return GbnfNode.Choice([GbnfNode.Literal("true"), GbnfNode.Literal("false")]);
            case JsonValue:
                return GbnfNode.Choice(
                [
                    Primitive(JsonObject),
                    Primitive(JsonArray),
                    Primitive(JsonString),
                    Primitive(JsonNumber),
                    Primitive(JsonBoolean),
                    GbnfNode.Literal("null"),
                ]);
            case JsonObject:
                return GbnfNode.Sequence(
                    GbnfNode.Literal("{"),
                    Primitive(Ws),
                    GbnfNode.Optional(GbnfNode.Sequence(Primitive(JsonMember), Primitive(Ws), GbnfNode.Repeat(Primitive(JsonMemberNext), 0, null))),
                    GbnfNode.Literal("}"));
            case JsonMember:
                return GbnfNode.Sequence(Primitive(JsonString), Primitive(Ws), GbnfNode.Literal(":"), Primitive(Ws), Primitive(JsonValue));
            case JsonMemberNext:
                return GbnfNode.Sequence(GbnfNode.Literal(","), Primitive(Ws), Primitive(JsonMember), Primitive(Ws));
            case JsonArray:
                return GbnfNode.Sequence(
                    GbnfNode.Literal("["),
                    Primitive(Ws),
                    GbnfNode.Optional(GbnfNode.Sequence(Primitive(JsonValue), Primitive(Ws), GbnfNode.Repeat(Primitive(JsonArrayNext), 0, null))),
                    GbnfNode.Literal("]"));
            case JsonArrayNext:
                return GbnfNode.Sequence(GbnfNode.Literal(","), Primitive(Ws), Primitive(JsonValue), Primitive(Ws));
            default:
                throw new InvalidOperationException($"No primitive rule named '{name}'.");
        }
    }
}
