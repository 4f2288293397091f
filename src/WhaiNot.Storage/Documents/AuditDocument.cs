namespace WhaiNot.Storage.Documents;

internal sealed class AuditDocument
{
    /// <summary>The sequence number doubles as the LiteDB id, so entries stay in append order.</summary>
    public long Id { get; set; }

    public DateTime TimeUtc { get; set; }

    public string Actor { get; set; } = "";

    public string Action { get; set; } = "";

    public string? Target { get; set; }

    public string Outcome { get; set; } = "";

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
