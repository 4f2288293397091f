namespace WhaiNot.Documents;

/// <summary>One row of a <see cref="KeyValueTable"/>.</summary>
public sealed record KeyValueRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="label">What the value is, e.g. "Dossier".</param>
    /// <param name="value">The value itself.</param>
    public KeyValueRow(string label, string value)
    {
        Label = label;
        Value = value;
    }

    /// <summary>What the value is, e.g. "Dossier".</summary>
    public string Label
    {
        get;
        init => field = Guard.Text(value, nameof(Label));
    }

    /// <summary>The value itself.</summary>
    public string Value
    {
        get;
        init => field = Guard.Text(value, nameof(Value));
    }
}
