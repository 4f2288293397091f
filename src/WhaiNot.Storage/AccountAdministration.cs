using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Security.Passwords;

namespace WhaiNot.Storage;

/// <summary>
/// Creating, disabling and resetting accounts, shared by the API (functional admin) and the CLI
/// (IT staff on the box). Passwords are generated, shown once, and stored only as a hash.
/// </summary>
public sealed class AccountAdministration
{
    private readonly ApplianceStore _store;
    private readonly IPasswordHasher _hasher;

    public AccountAdministration(ApplianceStore store, IPasswordHasher hasher)
    {
        _store = store;
        _hasher = hasher;
    }

    /// <exception cref="ArgumentException">Bad input; the message says what (Dutch).</exception>
    /// <exception cref="DuplicateException">The username is taken.</exception>
    public (UserAccount User, string Password) AddUser(string actor, string? username, string? displayName, string? roleName, string? teamName)
    {
        if (string.IsNullOrWhiteSpace(username) || username.Trim().Length > 64 || username.Trim().Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException("Een gebruikersnaam is verplicht, heeft geen spaties en is hoogstens 64 tekens lang.");
        }

        if (!RoleNames.TryParse(roleName, out var role))
        {
            throw new ArgumentException($"Onbekende rol '{roleName}'. Kies uit: {string.Join(", ", RoleNames.All)}.");
        }

        Guid? teamId = null;
        if (role.Value.RequiresTeam())
        {
            if (string.IsNullOrWhiteSpace(teamName))
            {
                throw new ArgumentException($"De rol {role.Value.ToName()} hoort bij een team: geef een team op.");
            }

            teamId = (_store.Accounts.FindTeam(teamName) ?? throw new ArgumentException($"Team '{teamName}' bestaat niet.")).Id;
        }
        else if (!string.IsNullOrWhiteSpace(teamName))
        {
            throw new ArgumentException($"De rol {role.Value.ToName()} hoort bij geen team en ziet geen dossiers; laat het team weg.");
        }

        var password = PasswordGenerator.Generate();
        var user = new UserAccount
        {
            Username = username.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? username.Trim() : displayName.Trim(),
            Role = role.Value,
            TeamId = teamId,
            PasswordHash = _hasher.Hash(password),
        };
        _store.Accounts.AddUser(user);
        _store.Audit.Append(actor, AuditAction.UserCreate, "user:" + user.Username);
        return (user, password);
    }

    public Team AddTeam(string actor, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("Een team heeft een naam nodig.");
        }

        var team = _store.Accounts.AddTeam(name);
        _store.Audit.Append(actor, AuditAction.TeamCreate, "team:" + team.Id.ToString("N"));
        return team;
    }

    /// <summary>Disables the account; its cookies and tokens stop working at their next request.</summary>
    public UserAccount Disable(string actor, string username)
    {
        var user = Find(username);
        user.Disabled = true;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        _store.Accounts.UpdateUser(user);
        _store.Audit.Append(actor, AuditAction.UserDisable, "user:" + user.Username);
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
        _store.Accounts.UpdateUser(user);
        _store.Audit.Append(actor, AuditAction.UserReset, "user:" + user.Username);
        return (user, password);
    }

    private UserAccount Find(string username) =>
        _store.Accounts.FindUser(username) ?? throw new ArgumentException($"Gebruiker '{username}' bestaat niet.");
}
