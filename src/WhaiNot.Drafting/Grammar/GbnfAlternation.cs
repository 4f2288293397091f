using System.Text;

namespace WhaiNot.Drafting.Grammar;

/// <summary>Options separated by <c>|</c>; an empty option matches the empty string.</summary>
internal sealed class GbnfAlternation : GbnfNode
{
    /// <summary>Creates an alternation; use <see cref="GbnfNode.Choice"/> to get it flattened.</summary>
    public GbnfAlternation(IReadOnlyList<GbnfNode> options)
    {
        Options = options;
    }

    /// <summary>The options, in order.</summary>
    public IReadOnlyList<GbnfNode> Options { get; }

    /// <inheritdoc />
    public override void Write(StringBuilder builder, int context)
    {
        var grouped = context != AlternationContext;
        if (grouped)
        {
            builder.Append('(');
        }

        // An empty option prints as nothing and always goes first ("| a"): llama.cpp continues a
        // rule on the next line after a trailing "|", so "a |" at the end of a rule would swallow
        // the next rule's name. Order among options does not change the language.
        var ordered = Options.Where(o => o.IsEmpty).Concat(Options.Where(o => !o.IsEmpty)).ToList();
        var options = new StringBuilder();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i > 0)
            {
                options.Append(" | ");
            }

            ordered[i].Write(options, AlternationContext);
        }

        builder.Append(options.ToString().Trim(' '));

        if (grouped)
        {
            builder.Append(')');
        }
    }
}
