using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Security.Passwords;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Storage;

/// <summary>
/// Creating, disabling and resetting accounts, shared by the API (functional admin) and the CLI
/// (IT staff on the box). Passwords are generated, shown once, and stored only as a hash.
/// </summary>
public sealed class AccountAdministration
{
    private readonly AccountRepository _accounts;
    private readonly AuditLog _audit;
    private readonly IPasswordHasher _hasher;

    public AccountAdministration(AccountRepository accounts, AuditLog audit, IPasswordHasher hasher)
    {
        _accounts = accounts;
        _audit = audit;
        _hasher = hasher;
    }

    public IReadOnlyList<UserAccount> Users() => _accounts.ListUsers();

    public IReadOnlyList<Team> Teams() => _accounts.ListTeams();

    public string? TeamName(Guid? teamId) => teamId is { } id ? _accounts.FindTeam(id)?.Name : null;

    /// <summary>
    /// Checks a new account's fields without touching the store, so callers can refuse bad input
    /// before they open (or create) anything.
    /// </summary>
    /// <exception cref="ArgumentException">Bad input; the message says what (Dutch).</exception>
    public static (string Username, Role Role) CheckNewUser(string? username, string? roleName, string? teamName)
    {
        if (string.IsNullOrWhiteSpace(username) || username.Trim().Length > 64 || username.Trim().Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException("Een gebruikersnaam is verplicht, heeft geen spaties en is hoogstens 64 tekens lang.");
        }

        if (!RoleNames.TryParse(roleName, out var role))
        {
            throw new ArgumentException($"Onbekende rol '{roleName}'. Kies uit: {string.Join(", ", RoleNames.All)}.");
        }

        if (role.Value.RequiresTeam() && string.IsNullOrWhiteSpace(teamName))
        {
            throw new ArgumentException($"De rol {role.Value.ToName()} hoort bij een team: geef een team op.");
        }

        if (!role.Value.RequiresTeam() && !string.IsNullOrWhiteSpace(teamName))
        {
            throw new ArgumentException($"De rol {role.Value.ToName()} hoort bij geen team en ziet geen dossiers; laat het team weg.");
        }

        return (username.Trim(), role.Value);
    }

    public const int MaxTeamNameLength = 100;

    public const int MaxDisplayNameLength = 200;

    /// <exception cref="ArgumentException">A team name is empty, too long, or holds control or direction characters.</exception>
    public static string CheckTeamName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("Een team heeft een naam nodig.");
        }

        return PlainText.Problem(name, "De teamnaam", MaxTeamNameLength) is { } problem ? throw new ArgumentException(problem) : name.Trim();
    }

    /// <exception cref="ArgumentException">Bad input; the message says what (Dutch).</exception>
    /// <exception cref="DuplicateException">The username is taken.</exception>
    public (UserAccount User, string Password) AddUser(string actor, string? username, string? displayName, string? roleName, string? teamName)
    {
        var (name, role) = CheckNewUser(username, roleName, teamName);
        if (displayName is not null && PlainText.Problem(displayName, "De volledige naam", MaxDisplayNameLength) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        Guid? teamId = role.RequiresTeam()
            ? (_accounts.FindTeam(teamName!) ?? throw new ArgumentException($"Team '{teamName}' bestaat niet.")).Id
            : null;

        var password = PasswordGenerator.Generate();
        var user = new UserAccount
        {
            Username = name,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(),
            Role = role,
            TeamId = teamId,
            PasswordHash = _hasher.Hash(password),
        };
        _accounts.AddUser(user);
        _audit.Append(actor, AuditAction.UserCreate, "user:" + user.Username);
        return (user, password);
    }

    public Team AddTeam(string actor, string? name)
    {
        var team = _accounts.AddTeam(CheckTeamName(name));
        _audit.Append(actor, AuditAction.TeamCreate, "team:" + team.Id.ToString("N"));
        return team;
    }

    /// <summary>Disables the account; its cookies and tokens stop working at their next request.</summary>
    public UserAccount Disable(string actor, string username)
    {
        var user = Find(username);
        user.Disabled = true;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        _accounts.UpdateUser(user);
        _audit.Append(actor, AuditAction.UserDisable, "user:" + user.Username);
        return user;
    }

    /// <summary>Sets a new generated password, lifts a lockout and re-enables the account.</summary>
    public (UserAccount User, string Password) Reset(string actor, string username)
    {
        var user = Find(username);
        var password = PasswordGenerator.Generate();
        user.PasswordHash = _hasher.Hash(password);
        user.Disabled = false;
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        _accounts.UpdateUser(user);
        _audit.Append(actor, AuditAction.UserReset, "user:" + user.Username);
        return (user, password);
    }

    private UserAccount Find(string username) =>
        _accounts.FindUser(username) ?? throw new NotFoundRefusal($"Gebruiker '{username}' bestaat niet.");
}
