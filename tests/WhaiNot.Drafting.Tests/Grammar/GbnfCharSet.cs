namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>A terminal of a parsed test grammar: a set of code points, possibly negated.</summary>
internal sealed class GbnfCharSet
{
    public GbnfCharSet(bool negated, bool any, IReadOnlyList<(int Low, int High)> ranges)
    {
        Negated = negated;
        Any = any;
        Ranges = ranges;
    }

    public bool Negated { get; }

    /// <summary>True for llama.cpp's <c>.</c>, which matches any code point.</summary>
    public bool Any { get; }

    public IReadOnlyList<(int Low, int High)> Ranges { get; }

    public static GbnfCharSet Single(int codePoint) => new(false, false, [(codePoint, codePoint)]);

    public bool Contains(int codePoint)
    {
        if (Any)
        {
            return true;
        }

        var inRanges = Ranges.Any(r => r.Low <= codePoint && codePoint <= r.High);
        return inRanges != Negated;
    }
}
