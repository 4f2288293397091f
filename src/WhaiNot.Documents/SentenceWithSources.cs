namespace WhaiNot.Documents;

/// <summary>
/// A sentence of a report followed by a small grey reference to where it came from,
/// so a reader can check it against the conversation.
/// </summary>
public sealed record SentenceWithSources : DocumentBlock
{
    /// <summary>Creates a sentence with its source reference.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="sourceLabel">The reference, printed as given, e.g. "[00:12–00:31]"; empty for none.</param>
    public SentenceWithSources(string text, string sourceLabel)
    {
        Text = text;
        SourceLabel = sourceLabel;
    }

    /// <summary>The sentence.</summary>
    public string Text
    {
        get;
        init => field = Guard.Text(value, nameof(Text));
    }

    /// <summary>The reference, printed as given, e.g. "[00:12–00:31]"; empty for none.</summary>
    public string SourceLabel
    {
        get;
        init => field = Guard.Text(value, nameof(SourceLabel));
    }
}
