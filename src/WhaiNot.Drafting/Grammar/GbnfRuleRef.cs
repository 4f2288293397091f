using System.Text;

namespace WhaiNot.Drafting.Grammar;

/// <summary>A reference to a named rule.</summary>
internal sealed class GbnfRuleRef : GbnfNode
{
    /// <summary>Creates a reference to <paramref name="name"/>.</summary>
    public GbnfRuleRef(string name)
    {
        Name = name;
    }

    /// <summary>The referenced rule's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override void Write(StringBuilder builder, int context) => builder.Append(Name);
}
