namespace WhaiNot.Storage.Audit;

/// <summary>The outcome of walking the audit chain.</summary>
/// <param name="FirstBrokenSequence">The first entry that does not link up, or null when intact.</param>
/// <param name="Problem">Why it is broken, in Dutch; null when intact.</param>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}
