namespace WhaiNot.Documents;

/// <summary>A list of short points, each printed with a bullet.</summary>
public sealed record BulletList : DocumentBlock
{
    /// <summary>Creates a bullet list.</summary>
    /// <param name="items">The points, in order.</param>
    public BulletList(IEnumerable<string> items) => Items = Guard.List(items, nameof(items));

    /// <summary>The points, in order.</summary>
    public IReadOnlyList<string> Items
    {
        get;
        init => field = Guard.List(value, nameof(Items));
    }
}
