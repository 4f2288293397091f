using System.Text;

namespace WhaiNot.Drafting.Grammar;

/// <summary>Parts matched one after the other; no parts matches the empty string.</summary>
internal sealed class GbnfSequence : GbnfNode
{
    /// <summary>Creates a sequence; use <see cref="GbnfNode.Sequence"/> to get it flattened.</summary>
    public GbnfSequence(IReadOnlyList<GbnfNode> parts)
    {
        Parts = parts;
    }

    /// <summary>The parts, in order.</summary>
    public IReadOnlyList<GbnfNode> Parts { get; }

    /// <inheritdoc />
    public override void Write(StringBuilder builder, int context)
    {
        var grouped = context >= RepetitionContext || (Parts.Count == 0 && context != AlternationContext);
        if (grouped)
        {
            builder.Append('(');
        }

        for (var i = 0; i < Parts.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            Parts[i].Write(builder, SequenceContext);
        }

        if (grouped)
        {
            builder.Append(')');
        }
    }
}
