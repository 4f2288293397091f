namespace WhaiNot.Domain.Accounts;

/// <summary>A local account. The password is only ever held as an Argon2id hash.</summary>
public sealed class UserAccount
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Username { get; init; }

    public required string DisplayName { get; set; }

    public required Role Role { get; init; }

    /// <summary>Set for team roles (worker, team lead); null for the others.</summary>
    public Guid? TeamId { get; init; }

    public required string PasswordHash { get; set; }

    public bool Disabled { get; set; }

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Changes whenever the password is reset or the account disabled, so older tokens stop working.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
