namespace WhaiNot.Drafting.Text;

/// <summary>A number in a token list: tokens <see cref="First"/>..<see cref="Last"/> (a spoken number may take several words).</summary>
internal sealed record NumberMention(int First, int Last, long Value, bool Ordinal, bool InWords);
