using System.Text;

namespace WhaiNot.Drafting.Grammar;

/// <summary>A bracketed character class such as <c>[0-9]</c> or <c>[^"\\]</c>.</summary>
internal sealed class GbnfCharClass : GbnfNode
{
    /// <summary>Creates a class over inclusive code point ranges.</summary>
    public GbnfCharClass(bool negated, IReadOnlyList<(int Low, int High)> ranges)
    {
        if (ranges.Count == 0)
        {
            throw new ArgumentException("A character class needs at least one range.", nameof(ranges));
        }

        Negated = negated;
        Ranges = ranges;
    }

    /// <summary>True when the class matches every code point outside <see cref="Ranges"/>.</summary>
    public bool Negated { get; }

    /// <summary>The inclusive code point ranges listed in the class.</summary>
    public IReadOnlyList<(int Low, int High)> Ranges { get; }

    /// <inheritdoc />
    public override void Write(StringBuilder builder, int context)
    {
        builder.Append('[');
        if (Negated)
        {
            builder.Append('^');
        }

        foreach (var (low, high) in Ranges)
        {
            WriteCodePoint(builder, low, inCharClass: true);
            if (high != low)
            {
                builder.Append('-');
                WriteCodePoint(builder, high, inCharClass: true);
            }
        }

        builder.Append(']');
    }
}
