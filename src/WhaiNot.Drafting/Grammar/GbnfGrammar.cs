using System.Text;

namespace WhaiNot.Drafting.Grammar;

/// <summary>
/// A set of named GBNF rules under construction, with the checks llama.cpp would otherwise make at
/// sampler creation (undefined rules, left recursion) plus one it does not make: every rule must be
/// able to finish, or a model that enters it can never produce a complete value.
/// </summary>
internal sealed class GbnfGrammar
{
    /// <summary>The rule llama.cpp starts from.</summary>
    public const string RootName = "root";

    // Long names are legal but make llama.cpp's error messages unreadable; paths are cut here.
    private const int MaxNameLength = 96;

    private readonly Dictionary<string, GbnfNode?> _rules = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly HashSet<string> _reserved;

    /// <summary>Creates an empty grammar whose derived names will avoid <paramref name="reservedNames"/>.</summary>
    public GbnfGrammar(IEnumerable<string> reservedNames)
    {
        _reserved = new HashSet<string>(reservedNames, StringComparer.Ordinal);
    }

    /// <summary>
    /// Claims a rule name derived from <paramref name="desired"/>: characters llama.cpp does not
    /// accept in names become dashes, and a numeric suffix keeps names unique.
    /// </summary>
    public string Allocate(string desired)
    {
        var baseName = Sanitize(desired);
        var name = baseName;
        for (var suffix = 2; _rules.ContainsKey(name) || _reserved.Contains(name); suffix++)
        {
            name = FormattableString.Invariant($"{baseName}-{suffix}");
        }

        _rules.Add(name, null);
        _order.Add(name);
        return name;
    }

    /// <summary>Gives back a claimed name that turned out not to need a rule of its own.</summary>
    public void Release(string name)
    {
        if (IsDefined(name) || !_rules.Remove(name))
        {
            throw new InvalidOperationException($"Rule '{name}' cannot be released.");
        }

        _order.Remove(name);
    }

    /// <summary>Claims a fixed name (root and the shared primitives) that must not get a suffix.</summary>
    public void Reserve(string name)
    {
        if (!_rules.TryAdd(name, null))
        {
            throw new InvalidOperationException($"Rule name '{name}' is already taken.");
        }

        _order.Add(name);
    }

    /// <summary>True when <paramref name="name"/> has been claimed, defined or not.</summary>
    public bool IsAllocated(string name) => _rules.ContainsKey(name);

    /// <summary>True when <paramref name="name"/> has a body.</summary>
    public bool IsDefined(string name) => _rules.TryGetValue(name, out var body) && body is not null;

    /// <summary>Gives a claimed name its body.</summary>
    public void Define(string name, GbnfNode body)
    {
        if (!_rules.TryGetValue(name, out var existing))
        {
            throw new InvalidOperationException($"Rule '{name}' was never allocated.");
        }

        if (existing is not null)
        {
            throw new InvalidOperationException($"Rule '{name}' is already defined.");
        }

        _rules[name] = body;
    }

    /// <summary>
    /// Checks the grammar and prints it: root first, then the other rules in the order their names
    /// were claimed, which follows the schema, so equal schemas give equal text.
    /// </summary>
    public string Write()
    {
        Validate();
        var builder = new StringBuilder();
        foreach (var name in _order.Where(n => n == RootName).Concat(_order.Where(n => n != RootName)))
        {
            builder.Append(name).Append(" ::= ").Append(_rules[name]!.ToString()).Append('\n');
        }

        return builder.ToString();
    }

    private static string Sanitize(string desired)
    {
        var builder = new StringBuilder(desired.Length);
        foreach (var c in desired)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
            if (ok)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var name = builder.ToString().TrimEnd('-');
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength].TrimEnd('-');
        }

        return name.Length == 0 ? "x" : name;
    }

    private void Validate()
    {
        foreach (var (name, body) in _rules)
        {
            if (body is null)
            {
                throw new InvalidOperationException($"Rule '{name}' was allocated but never defined.");
            }

            foreach (var reference in References(body))
            {
                if (!IsDefined(reference))
                {
                    throw new InvalidOperationException($"Rule '{name}' refers to undefined rule '{reference}'.");
                }
            }
        }

        CheckProductive();
        CheckLeftRecursion();
    }

    // A rule that cannot finish (say, an object whose required property is the object itself) parses
    // fine in llama.cpp, but a model that starts it is trapped until it runs out of tokens.
    private void CheckProductive()
    {
        var productive = new HashSet<string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var name in _order)
            {
                if (!productive.Contains(name) && IsProductive(_rules[name]!, productive))
                {
                    productive.Add(name);
                    changed = true;
                }
            }
        }
        while (changed);

        var stuck = _order.Where(n => !productive.Contains(n)).ToList();
        if (stuck.Count > 0)
        {
            throw new GrammarException(
                $"The schema admits no finite JSON value for rule(s) {string.Join(", ", stuck)}: " +
                "a recursive $ref is required at every level, so the value could never end.");
        }
    }

    private static bool IsProductive(GbnfNode node, HashSet<string> productive) => node switch
    {
        GbnfLiteral or GbnfCharClass => true,
        GbnfRuleRef reference => productive.Contains(reference.Name),
        GbnfSequence sequence => sequence.Parts.All(p => IsProductive(p, productive)),
        GbnfAlternation alternation => alternation.Options.Any(o => IsProductive(o, productive)),
        GbnfRepeat repeat => repeat.Min == 0 || IsProductive(repeat.Item, productive),
        _ => throw new InvalidOperationException($"Unknown node {node.GetType().Name}."),
    };

    // llama.cpp refuses left-recursive grammars when the sampler is created; catching it here names
    // the schema problem (a $ref cycle through anyOf/type unions with nothing consumed in between).
    private void CheckLeftRecursion()
    {
        var nullable = new HashSet<string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var name in _order)
            {
                if (!nullable.Contains(name) && IsNullable(_rules[name]!, nullable))
                {
                    nullable.Add(name);
                    changed = true;
                }
            }
        }
        while (changed);

        var edges = _order.ToDictionary(
            n => n,
            n =>
            {
                var first = new List<string>();
                CollectLeftmost(_rules[n]!, nullable, first);
                return first;
            },
            StringComparer.Ordinal);

        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var name in _order)
        {
            Visit(name);
        }

        void Visit(string name)
        {
            if (done.Contains(name))
            {
                return;
            }

            var index = path.IndexOf(name);
            if (index >= 0)
            {
                var cycle = string.Join(" -> ", path.Skip(index).Append(name));
                throw new GrammarException(
                    $"The schema is left-recursive ({cycle}): a $ref reaches itself through anyOf, oneOf " +
                    "or a type union without an object or array in between, which matches no finite value.");
            }

            path.Add(name);
            foreach (var next in edges[name])
            {
                Visit(next);
            }

            path.RemoveAt(path.Count - 1);
            done.Add(name);
        }
    }

    private static bool IsNullable(GbnfNode node, HashSet<string> nullable) => node switch
    {
        GbnfLiteral or GbnfCharClass => false,
        GbnfRuleRef reference => nullable.Contains(reference.Name),
        GbnfSequence sequence => sequence.Parts.All(p => IsNullable(p, nullable)),
        GbnfAlternation alternation => alternation.Options.Any(o => IsNullable(o, nullable)),
        GbnfRepeat repeat => repeat.Min == 0 || IsNullable(repeat.Item, nullable),
        _ => throw new InvalidOperationException($"Unknown node {node.GetType().Name}."),
    };

    private static void CollectLeftmost(GbnfNode node, HashSet<string> nullable, List<string> into)
    {
        switch (node)
        {
            case GbnfRuleRef reference:
                into.Add(reference.Name);
                break;
            case GbnfSequence sequence:
                foreach (var part in sequence.Parts)
                {
                    CollectLeftmost(part, nullable, into);
                    if (!IsNullable(part, nullable))
                    {
                        break;
                    }
                }

                break;
            case GbnfAlternation alternation:
                foreach (var option in alternation.Options)
                {
                    CollectLeftmost(option, nullable, into);
                }

                break;
            case GbnfRepeat repeat:
                CollectLeftmost(repeat.Item, nullable, into);
                break;
            default:
                break;
        }
    }

    private static IEnumerable<string> References(GbnfNode node) => node switch
    {
        GbnfRuleRef reference => [reference.Name],
        GbnfSequence sequence => sequence.Parts.SelectMany(References),
        GbnfAlternation alternation => alternation.Options.SelectMany(References),
        GbnfRepeat repeat => References(repeat.Item),
        _ => [],
    };
}
