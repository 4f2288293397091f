using System.Globalization;
using System.Text;

namespace WhaiNot.Drafting.Grammar;

/// <summary>
/// One expression of a GBNF rule body. The converter builds these instead of concatenating text so
/// that the grammar can be checked (undefined rules, left recursion, rules that never end) before it
/// is handed to llama.cpp, where such mistakes only show up as a failed sampler or a stuck model.
/// </summary>
internal abstract class GbnfNode
{
    /// <summary>Printing context: a whole rule body or an alternative inside a group.</summary>
    protected const int AlternationContext = 0;

    /// <summary>Printing context: one element of a sequence.</summary>
    protected const int SequenceContext = 1;

    /// <summary>Printing context: the operand of a repetition operator.</summary>
    protected const int RepetitionContext = 2;

    /// <summary>The empty sequence, matching only the empty string.</summary>
    public static GbnfNode Empty { get; } = new GbnfSequence([]);

    /// <summary>True for the empty sequence.</summary>
    public bool IsEmpty => this is GbnfSequence { Parts.Count: 0 };

    /// <summary>
    /// True for nodes that llama.cpp repeats as a single grammar symbol. Repetition is only ever
    /// applied to these: llama.cpp multiplies the symbols inside a repeated group by the repetition
    /// count and rejects the grammar past 2000, so groups are hoisted into named rules first.
    /// </summary>
    public bool IsAtom => this is GbnfLiteral or GbnfCharClass or GbnfRuleRef;

    /// <summary>A literal string; the empty string becomes <see cref="Empty"/>.</summary>
    public static GbnfNode Literal(string text) => text.Length == 0 ? Empty : new GbnfLiteral(text);

    /// <summary>A reference to a named rule.</summary>
    public static GbnfNode Rule(string name) => new GbnfRuleRef(name);

    /// <summary>A character class over inclusive code point ranges.</summary>
    public static GbnfNode CharClass(bool negated, params (int Low, int High)[] ranges) => new GbnfCharClass(negated, ranges);

    /// <summary>
    /// A sequence, flattened: nested sequences are spliced in, empty parts dropped and adjacent
    /// literals merged, so equal languages tend to print as equal text.
    /// </summary>
    public static GbnfNode Sequence(params GbnfNode[] parts)
    {
        var flat = new List<GbnfNode>(parts.Length);
        foreach (var part in parts)
        {
            if (part is GbnfSequence nested)
            {
                foreach (var inner in nested.Parts)
                {
                    Append(flat, inner);
                }
            }
            else
            {
                Append(flat, part);
            }
        }

        return flat.Count == 1 ? flat[0] : new GbnfSequence(flat);

        static void Append(List<GbnfNode> flat, GbnfNode part)
        {
            if (flat.Count > 0 && flat[^1] is GbnfLiteral previous && part is GbnfLiteral next)
            {
                flat[^1] = new GbnfLiteral(previous.Text + next.Text);
            }
            else
            {
                flat.Add(part);
            }
        }
    }

    /// <summary>
    /// An alternation, flattened and with textually equal alternatives removed (duplicates would
    /// only make llama.cpp track more parse stacks).
    /// </summary>
    public static GbnfNode Choice(IEnumerable<GbnfNode> options)
    {
        var flat = new List<GbnfNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var inner = option is GbnfAlternation nested ? nested.Options : [option];
            foreach (var candidate in inner)
            {
                if (seen.Add(candidate.ToString()))
                {
                    flat.Add(candidate);
                }
            }
        }

        if (flat.Count == 0)
        {
            throw new InvalidOperationException("An alternation needs at least one option.");
        }

        return flat.Count == 1 ? flat[0] : new GbnfAlternation(flat);
    }

    /// <summary>
    /// Either the node or nothing. Written as <c>( | x)</c> rather than <c>x?</c> so that it never
    /// counts as a repetition in llama.cpp, whatever the node contains.
    /// </summary>
    public static GbnfNode Optional(GbnfNode node) => node.IsEmpty ? node : Choice([node, Empty]);

    /// <summary>
    /// Between <paramref name="min"/> and <paramref name="max"/> repetitions of an atom
    /// (<paramref name="max"/> null for unbounded).
    /// </summary>
    public static GbnfNode Repeat(GbnfNode item, int min, int? max)
    {
        if (!item.IsAtom)
        {
            throw new InvalidOperationException("Only atoms are repeated; hoist the expression into a rule first.");
        }

        if (max == 0)
        {
            return Empty;
        }

        if (min == 1 && max == 1)
        {
            return item;
        }

        return new GbnfRepeat(item, min, max);
    }

    /// <summary>Prints the node as GBNF in the given context.</summary>
    public abstract void Write(StringBuilder builder, int context);

    /// <summary>The GBNF text of the node as a whole rule body.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder, AlternationContext);
        return builder.ToString();
    }

    /// <summary>
    /// Appends one code point as GBNF would read it back. The output stays ASCII so the grammar
    /// text survives any encoding mix-up between here and the native parser.
    /// </summary>
    protected static void WriteCodePoint(StringBuilder builder, int codePoint, bool inCharClass)
    {
        switch (codePoint)
        {
            case '"':
                builder.Append("\\\"");
                return;
            case '\\':
                builder.Append("\\\\");
                return;
            case '\n':
                builder.Append("\\n");
                return;
            case '\r':
                builder.Append("\\r");
                return;
            case '\t':
                builder.Append("\\t");
                return;
            default:
                break;
        }

        if (inCharClass && codePoint is '[' or ']' or '-')
        {
            builder.Append('\\').Append((char)codePoint);
        }
        else if (inCharClass && codePoint == '^')
        {
            // llama.cpp has no \^ escape; a leading raw ^ would negate the class.
            builder.Append("\\x5E");
        }
        else if (codePoint < 0x20 || codePoint == 0x7F)
        {
            builder.Append("\\x").Append(codePoint.ToString("X2", CultureInfo.InvariantCulture));
        }
        else if (codePoint < 0x7F)
        {
            builder.Append((char)codePoint);
        }
        else if (codePoint <= 0xFFFF)
        {
            builder.Append("\\u").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
        }
    }
}
