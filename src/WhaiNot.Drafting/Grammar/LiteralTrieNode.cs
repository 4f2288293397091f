namespace WhaiNot.Drafting.Grammar;

/// <summary>One node of a <see cref="LiteralTrie"/>: the literals sharing the prefix that leads here.</summary>
internal sealed class LiteralTrieNode
{
    /// <summary>Next code point to child node, kept sorted so the printed grammar is stable.</summary>
    public SortedDictionary<int, LiteralTrieNode> Children { get; } = [];

    /// <summary>True when a literal ends at this node.</summary>
    public bool IsEnd { get; set; }
}
