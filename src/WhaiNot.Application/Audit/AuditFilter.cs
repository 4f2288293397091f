namespace WhaiNot.Application.Audit;

/// <summary>What the DPO asks of the audit log, as typed (query string or screen); checked by <see cref="AuditBrowser"/>.</summary>
/// <param name="From">First day (JJJJ-MM-DD, the box's time zone), or empty.</param>
/// <param name="To">Last day, included, or empty.</param>
public sealed record AuditFilter(string? Action = null, string? Actor = null, string? From = null, string? To = null, long? After = null, int? Limit = null);
