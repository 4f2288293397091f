namespace WhaiNot.Documents;

/// <summary>The closing name and role, with room above for a handwritten signature.</summary>
public sealed record Signature : DocumentBlock
{
    /// <summary>Creates a signature block.</summary>
    /// <param name="name">Who signs, e.g. "An Peeters".</param>
    /// <param name="role">Their role, e.g. "maatschappelijk werker".</param>
    public Signature(string name, string role)
    {
        Name = name;
        Role = role;
    }

    /// <summary>Who signs.</summary>
    public string Name
    {
        get;
        init => field = Guard.Text(value, nameof(Name));
    }

    /// <summary>Their role.</summary>
    public string Role
    {
        get;
        init => field = Guard.Text(value, nameof(Role));
    }
}
