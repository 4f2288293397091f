namespace WhaiNot.Application.Retention;

/// <summary>What one run of the retention job did (counts only).</summary>
/// <param name="Resumed">Deletions a previous, interrupted run had begun and this one finished.</param>
public sealed record RetentionRun(DateTimeOffset At, int Deleted, int Resumed, int HeldByLegalHold, int Warnings, int ReportsDue, int AiLogPruned);
