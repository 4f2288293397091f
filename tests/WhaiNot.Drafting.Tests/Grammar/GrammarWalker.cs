using System.Text;

namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>
/// Test-only random generator of strings in a grammar's language: a stand-in for a model that
/// picks any token the grammar sampler allows. Alternatives are picked uniformly; past a depth or
/// length budget it takes the alternative closest to finishing, so every walk ends.
/// </summary>
internal sealed class GrammarWalker
{
    // Code points offered where a class is negated or "." (any): plain ASCII, JSON-significant
    // characters, controls, and multi-byte ones including one outside the BMP.
    private static readonly int[] Pool =
    [
        .. Enumerable.Range(0x20, 0x5F),
        0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0xE9, 0x20AC, 0x4E2D, 0x1F600,
    ];

    private readonly TestGrammar _grammar;
    private readonly Random _random;
    private readonly int _maxDepth;
    private readonly int _softLength;
    private readonly int[] _height;

    public GrammarWalker(TestGrammar grammar, int seed, int maxDepth = 60, int softLength = 3000)
    {
        _grammar = grammar;
        _random = new Random(seed);
        _maxDepth = maxDepth;
        _softLength = softLength;
        _height = ComputeHeights(grammar);
    }

    public string Next()
    {
        var builder = new StringBuilder();
        Expand(_grammar.Root, 0, builder);
        return builder.ToString();
    }

    // Height of the shallowest derivation of each rule; rules with none keep int.MaxValue.
    private static int[] ComputeHeights(TestGrammar grammar)
    {
        var height = Enumerable.Repeat(int.MaxValue, grammar.Rules.Count).ToArray();
        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r < grammar.Rules.Count; r++)
            {
                foreach (var alternative in grammar.Rules[r])
                {
                    var h = AlternativeHeight(alternative, height);
                    if (h < height[r])
                    {
                        height[r] = h;
                        changed = true;
                    }
                }
            }
        }
        while (changed);

        return height;
    }

    private static int AlternativeHeight(GbnfSymbol[] alternative, int[] height)
    {
        var max = 0;
        foreach (var symbol in alternative.Where(s => !s.IsTerminal))
        {
            if (height[symbol.Rule] == int.MaxValue)
            {
                return int.MaxValue;
            }

            max = Math.Max(max, height[symbol.Rule]);
        }

        return max + 1;
    }

    private void Expand(int rule, int depth, StringBuilder builder)
    {
        var alternatives = _grammar.Rules[rule];
        GbnfSymbol[] chosen;
        if (depth >= _maxDepth || builder.Length >= _softLength)
        {
            chosen = alternatives.MinBy(a => AlternativeHeight(a, _height))!;
        }
        else
        {
            var finite = alternatives.Where(a => AlternativeHeight(a, _height) != int.MaxValue).ToList();
            chosen = finite[_random.Next(finite.Count)];
        }

        foreach (var symbol in chosen)
        {
            if (symbol.IsTerminal)
            {
                builder.Append(char.ConvertFromUtf32(PickCodePoint(symbol.Chars!)));
            }
            else
            {
                Expand(symbol.Rule, depth + 1, builder);
            }
        }
    }

    private int PickCodePoint(GbnfCharSet chars)
    {
        if (chars.Any || chars.Negated)
        {
            var candidates = Pool.Where(chars.Contains).ToArray();
            return candidates[_random.Next(candidates.Length)];
        }

        while (true)
        {
            var (low, high) = chars.Ranges[_random.Next(chars.Ranges.Count)];
            var codePoint = _random.Next(low, high + 1);
            if (codePoint is < 0xD800 or > 0xDFFF)
            {
                return codePoint;
            }
        }
    }
}
