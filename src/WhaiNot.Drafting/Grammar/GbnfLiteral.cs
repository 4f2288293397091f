using System.Text;

namespace WhaiNot.Drafting.Grammar;

/// <summary>A quoted literal string: matches exactly its text.</summary>
internal sealed class GbnfLiteral : GbnfNode
{
    /// <summary>Creates a literal; use <see cref="GbnfNode.Literal"/> so that empty text becomes the empty sequence.</summary>
    public GbnfLiteral(string text)
    {
        Text = text;
    }

    /// <summary>The text matched, as .NET UTF-16.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override void Write(StringBuilder builder, int context)
    {
        builder.Append('"');
        foreach (var rune in Text.EnumerateRunes())
        {
            WriteCodePoint(builder, rune.Value, inCharClass: false);
        }

        builder.Append('"');
    }
}
