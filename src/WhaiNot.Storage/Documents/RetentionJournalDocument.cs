namespace WhaiNot.Storage.Documents;

/// <summary>A deletion the retention job began: written before the first irreversible step, removed after the audit entry.</summary>
internal sealed class RetentionJournalDocument
{
    /// <summary>The conversation.</summary>
    public Guid Id { get; set; }

    public string Rule { get; set; } = "";

    public DateTime StartedAtUtc { get; set; }
}
