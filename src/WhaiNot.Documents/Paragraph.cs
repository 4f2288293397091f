namespace WhaiNot.Documents;

/// <summary>A paragraph of running text; a line feed in the text starts a new line.</summary>
public sealed record Paragraph : DocumentBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The paragraph's text.</param>
    public Paragraph(string text) => Text = text;

    /// <summary>The paragraph's text.</summary>
    public string Text
    {
        get;
        init => field = Guard.Text(value, nameof(Text));
    }
}
