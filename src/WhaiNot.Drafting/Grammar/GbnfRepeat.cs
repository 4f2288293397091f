using System.Globalization;
using System.Text;

namespace WhaiNot.Drafting.Grammar;

/// <summary>An atom followed by <c>*</c>, <c>+</c>, <c>?</c> or a <c>{m,n}</c> bound.</summary>
internal sealed class GbnfRepeat : GbnfNode
{
    /// <summary>Creates a repetition; use <see cref="GbnfNode.Repeat"/>, which checks the item is an atom.</summary>
    public GbnfRepeat(GbnfNode item, int min, int? max)
    {
        Item = item;
        Min = min;
        Max = max;
    }

    /// <summary>The repeated atom.</summary>
    public GbnfNode Item { get; }

    /// <summary>The least number of repetitions.</summary>
    public int Min { get; }

    /// <summary>The most repetitions, or null for no limit.</summary>
    public int? Max { get; }

    /// <inheritdoc />
    public override void Write(StringBuilder builder, int context)
    {
        Item.Write(builder, RepetitionContext);
        var suffix = (Min, Max) switch
        {
            (0, null) => "*",
            (1, null) => "+",
            (0, 1) => "?",
            (_, null) => string.Create(CultureInfo.InvariantCulture, $"{{{Min},}}"),
            (_, _) when Min == Max => string.Create(CultureInfo.InvariantCulture, $"{{{Min}}}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{{{Min},{Max}}}"),
        };
        builder.Append(suffix);
    }
}
