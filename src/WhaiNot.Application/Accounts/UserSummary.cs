using WhaiNot.Domain.Accounts;

namespace WhaiNot.Application.Accounts;

/// <summary>An account as the functional admin sees it: never a password hash.</summary>
public sealed record UserSummary(string Username, string DisplayName, Role Role, string? Team, bool Disabled, DateTimeOffset? LockedUntil);
