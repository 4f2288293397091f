namespace WhaiNot.Storage.Documents;

internal sealed class UserDocument
{
    public Guid Id { get; set; }

    public string Username { get; set; } = "";

    public string NormalizedUsername { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = "";

    public Guid? TeamId { get; set; }

    public string PasswordHash { get; set; } = "";

    public bool Disabled { get; set; }

    public int FailedSignIns { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    public string SecurityStamp { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
