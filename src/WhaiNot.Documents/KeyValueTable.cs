namespace WhaiNot.Documents;

/// <summary>A two-column table of labels and values, e.g. what was deleted and when.</summary>
public sealed record KeyValueTable : DocumentBlock
{
    /// <summary>Creates a table.</summary>
    /// <param name="rows">The rows, in order.</param>
    public KeyValueTable(IEnumerable<KeyValueRow> rows) => Rows = Guard.List(rows, nameof(rows));

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<KeyValueRow> Rows
    {
        get;
        init => field = Guard.List(value, nameof(Rows));
    }
}
