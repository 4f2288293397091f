namespace WhaiNot.Domain.Audit;

/// <summary>
/// One link of the append-only audit chain. <see cref="Hash"/> covers every other field and the
/// previous link's hash, so changing, removing or reordering any entry breaks the chain from there on.
/// Holds ids and action names only, never dossier content.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset Time,
    string Actor,
    string Action,
    string? Target,
    string Outcome,
    string PreviousHash,
    string Hash);
