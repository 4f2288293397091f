using LiteDB;
using WhaiNot.Domain.Accounts;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>Teams and local accounts.</summary>
public sealed class AccountRepository
{
    private readonly ILiteCollection<TeamDocument> _teams;
    private readonly ILiteCollection<UserDocument> _users;

    internal AccountRepository(LiteDatabase database)
    {
        _teams = database.GetCollection<TeamDocument>("teams");
        _users = database.GetCollection<UserDocument>("users");
    }

    internal void EnsureIndexes()
    {
        _teams.EnsureIndex(t => t.NormalizedName, unique: true);
        _users.EnsureIndex(u => u.NormalizedUsername, unique: true);
        _users.EnsureIndex(u => u.TeamId);
    }

    public Team AddTeam(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (FindTeam(name) is not null)
        {
            throw new DuplicateException($"Er bestaat al een team met de naam '{name.Trim()}'.");
        }

        var document = new TeamDocument { Id = Guid.NewGuid(), Name = name.Trim(), NormalizedName = Normalize(name) };
        _teams.Insert(document);
        return ToTeam(document);
    }

    public Team? FindTeam(string name) =>
        _teams.FindOne(t => t.NormalizedName == Normalize(name)) is { } doc ? ToTeam(doc) : null;

    public Team? FindTeam(Guid id) => _teams.FindById(id) is { } doc ? ToTeam(doc) : null;

    public IReadOnlyList<Team> ListTeams() => _teams.FindAll().Select(ToTeam).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public void AddUser(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (FindUser(user.Username) is not null)
        {
            throw new DuplicateException($"Er bestaat al een gebruiker '{user.Username}'.");
        }

        _users.Insert(ToDocument(user));
    }

    public void UpdateUser(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!_users.Update(ToDocument(user)))
        {
            throw new StoreException($"Gebruiker '{user.Username}' bestaat niet (meer).");
        }
    }

    public UserAccount? FindUser(string username) =>
        _users.FindOne(u => u.NormalizedUsername == Normalize(username)) is { } doc ? ToUser(doc) : null;

    public UserAccount? FindUser(Guid id) => _users.FindById(id) is { } doc ? ToUser(doc) : null;

    public IReadOnlyList<UserAccount> ListUsers() =>
        _users.FindAll().Select(ToUser).OrderBy(u => u.Username, StringComparer.OrdinalIgnoreCase).ToList();

    private static string Normalize(string value) => value.Trim().ToUpperInvariant();

    private static Team ToTeam(TeamDocument doc) => new(doc.Id, doc.Name);

    private static UserDocument ToDocument(UserAccount user) => new()
    {
        Id = user.Id,
        Username = user.Username,
        NormalizedUsername = Normalize(user.Username),
        DisplayName = user.DisplayName,
        Role = user.Role.ToName(),
        TeamId = user.TeamId,
        PasswordHash = user.PasswordHash,
        Disabled = user.Disabled,
        FailedSignIns = user.FailedSignIns,
        LockedUntilUtc = user.LockedUntil?.UtcDateTime,
        SecurityStamp = user.SecurityStamp,
        CreatedAtUtc = user.CreatedAt.UtcDateTime,
    };

    private static UserAccount ToUser(UserDocument doc) => new()
    {
        Id = doc.Id,
        Username = doc.Username,
        DisplayName = doc.DisplayName,
        Role = RoleNames.TryParse(doc.Role, out var role) ? role.Value : throw new StoreException($"Onbekende rol '{doc.Role}' bij gebruiker '{doc.Username}'."),
        TeamId = doc.TeamId,
        PasswordHash = doc.PasswordHash,
        Disabled = doc.Disabled,
        FailedSignIns = doc.FailedSignIns,
        LockedUntil = doc.LockedUntilUtc is { } locked ? new DateTimeOffset(DateTime.SpecifyKind(locked, DateTimeKind.Utc)) : null,
        SecurityStamp = doc.SecurityStamp,
        CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(doc.CreatedAtUtc, DateTimeKind.Utc)),
    };
}
