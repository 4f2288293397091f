namespace WhaiNot.Documents;

/// <summary>
/// A sober, printable OCMW document (letter, report) that renders to DOCX and PDF alike.
/// All text comes from here: the renderers add only layout and the fixed labels "Pagina" and "ONTWERP".
/// </summary>
/// <remarks>Immutable: lists are copied on construction, so a rendered document cannot change afterwards.</remarks>
public sealed record OcmwDocument
{
    /// <summary>The document's title, shown on the first page and in every page header.</summary>
    /// <exception cref="ArgumentException">When null, empty or white space.</exception>
    public required string Title
    {
        get;
        init => field = Guard.NonEmpty(value, nameof(Title));
    }

    /// <summary>An optional line under the title.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Lines under the title, shown as given, e.g. "Datum: 22 november 2026".</summary>
    public IReadOnlyList<string> Metadata
    {
        get;
        init => field = Guard.List(value, nameof(Metadata));
    } = [];

    /// <summary>The body, in reading order.</summary>
    public IReadOnlyList<DocumentBlock> Blocks
    {
        get;
        init => field = Guard.List(value, nameof(Blocks));
    } = [];

    /// <summary>Optional text in every page footer, beside the page number.</summary>
    public string? Footer { get; init; }

    /// <summary>The OCMW's logo (PNG or JPEG bytes), shown at the top of the first page; null for none.</summary>
    public byte[]? Logo { get; init; }

    /// <summary>When true, every page is marked "ONTWERP": the document is not validated yet.</summary>
    public bool Draft { get; init; }
}
