namespace WhaiNot.Storage.Audit;

/// <summary>Which audit entries to read: every given condition must hold; null means "any".</summary>
/// <param name="Action">Exactly this action name.</param>
/// <param name="Actor">Exactly this actor (a username, "system", …), case-insensitive.</param>
/// <param name="FromUtc">At or after this moment.</param>
/// <param name="ToUtc">Before this moment.</param>
/// <param name="AfterSequence">Only entries after this sequence number (paging).</param>
/// <param name="Limit">At most this many entries.</param>
public sealed record AuditQuery(string? Action, string? Actor, DateTimeOffset? FromUtc, DateTimeOffset? ToUtc, long AfterSequence, int Limit);
