namespace WhaiNot.Documents;

/// <summary>A section heading, printed bold and kept with the text that follows it.</summary>
public sealed record Heading : DocumentBlock
{
    /// <summary>Creates a heading.</summary>
    /// <param name="text">The heading's text.</param>
    public Heading(string text) => Text = text;

    /// <summary>The heading's text.</summary>
    public string Text
    {
        get;
        init => field = Guard.Text(value, nameof(Text));
    }
}
