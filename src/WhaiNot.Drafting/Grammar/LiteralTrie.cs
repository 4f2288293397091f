using System.Text;

namespace WhaiNot.Drafting.Grammar;

/// <summary>
/// Turns a set of literal strings (the JSON text of enum values) into one GBNF expression that
/// shares common prefixes, such as <c>"\"s" ("0" ...) "\""</c> for ids <c>s001</c>..<c>s900</c>.
/// </summary>
/// <remarks>
/// A flat <c>"a" | "b" | ...</c> would also be linear in size, but llama.cpp keeps one parse stack
/// per alternative still alive; with hundreds of ids sharing a prefix that is hundreds of stacks per
/// sampled token. Factoring by prefix keeps the live stacks to the branching of the id space, and
/// siblings whose remainders print identically collapse into one character class. The expression
/// never has more symbols than the trie has nodes, so its size is linear in the total length of
/// the literals.
/// </remarks>
internal sealed class LiteralTrie
{
    private readonly LiteralTrieNode _root = new();

    /// <summary>Adds a literal; adding one twice has no effect.</summary>
    public void Add(string literal)
    {
        var node = _root;
        foreach (var rune in literal.EnumerateRunes())
        {
            if (!node.Children.TryGetValue(rune.Value, out var child))
            {
                child = new LiteralTrieNode();
                node.Children.Add(rune.Value, child);
            }

            node = child;
        }

        node.IsEnd = true;
    }

    /// <summary>The expression matching exactly the literals added.</summary>
    public GbnfNode ToNode()
    {
        if (_root.Children.Count == 0 && !_root.IsEnd)
        {
            throw new InvalidOperationException("A literal trie needs at least one literal.");
        }

        return Build(_root);
    }

    private static GbnfNode Build(LiteralTrieNode start)
    {
        // Walk straight runs without recursing, so long literals (a const paragraph, say) cost no
        // stack depth: recursion happens only where literals actually branch.
        var prefix = new StringBuilder();
        var node = start;
        while (!node.IsEnd && node.Children.Count == 1)
        {
            var (codePoint, child) = node.Children.First();
            prefix.Append(char.ConvertFromUtf32(codePoint));
            node = child;
        }

        var groups = new List<(List<int> Heads, GbnfNode Tail)>();
        var byTail = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (codePoint, child) in node.Children)
        {
            var tail = Build(child);
            var key = tail.ToString();
            if (byTail.TryGetValue(key, out var index))
            {
                groups[index].Heads.Add(codePoint);
            }
            else
            {
                byTail.Add(key, groups.Count);
                groups.Add(([codePoint], tail));
            }
        }

        var options = new List<GbnfNode>(groups.Count + 1);
        foreach (var (heads, tail) in groups)
        {
            options.Add(GbnfNode.Sequence(Head(heads), tail));
        }

        if (node.IsEnd)
        {
            options.Add(GbnfNode.Empty);
        }

        var rest = options.Count == 0 ? GbnfNode.Empty : GbnfNode.Choice(options);
        return GbnfNode.Sequence(GbnfNode.Literal(prefix.ToString()), rest);
    }

    private static GbnfNode Head(List<int> codePoints)
    {
        if (codePoints.Count == 1)
        {
            return GbnfNode.Literal(char.ConvertFromUtf32(codePoints[0]));
        }

        // Children come from a sorted dictionary, so consecutive code points are adjacent here.
        var ranges = new List<(int Low, int High)>();
        foreach (var codePoint in codePoints)
        {
            if (ranges.Count > 0 && ranges[^1].High + 1 == codePoint)
            {
                ranges[^1] = (ranges[^1].Low, codePoint);
            }
            else
            {
                ranges.Add((codePoint, codePoint));
            }
        }

        return GbnfNode.CharClass(false, [.. ranges]);
    }
}
