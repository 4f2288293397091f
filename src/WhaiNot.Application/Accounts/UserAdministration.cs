using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;

namespace WhaiNot.Application.Accounts;

/// <summary>
/// Accounts and teams for the functional admin, for the API and the web app alike: the storage's
/// administration behind the permission check, its bad input turned into typed refusals, and the
/// rule that the box always keeps a functional admin who can sign in.
/// </summary>
public sealed class UserAdministration(AccountAdministration admin, AccountRepository accounts, SignInThrottle throttle)
{
    // Two admins disabling each other at the same moment must not both pass the last-admin count.
    private readonly Lock _disabling = new();

    public IReadOnlyList<UserSummary> Users(UserAccount caller)
    {
        EnsureAllowed(caller);
        return admin.Users().Select(Describe).ToList();
    }

    public IReadOnlyList<Team> Teams(UserAccount caller)
    {
        EnsureAllowed(caller);
        return admin.Teams();
    }

    /// <summary>A new account with a generated password, shown once to the caller and stored only as a hash.</summary>
    /// <exception cref="InvalidRequestRefusal">Bad username, role or team (Dutch reason).</exception>
    /// <exception cref="ConflictRefusal">The username is taken.</exception>
    public (UserSummary User, string Password) Add(UserAccount caller, string? username, string? displayName, string? role, string? team)
    {
        EnsureAllowed(caller);
        var (user, password) = Guarded(() => admin.AddUser(caller.Username, username, displayName, role, team));
        return (Describe(user), password);
    }

    /// <exception cref="InvalidRequestRefusal">No name.</exception>
    /// <exception cref="ConflictRefusal">A team with that name exists.</exception>
    public Team AddTeam(UserAccount caller, string? name)
    {
        EnsureAllowed(caller);
        return Guarded(() => admin.AddTeam(caller.Username, name));
    }

    /// <summary>Disables an account at once (its sessions end), but never the caller's own or the last enabled functional admin.</summary>
    /// <exception cref="ConflictRefusal">The caller's own account, or the last enabled functional admin.</exception>
    /// <exception cref="NotFoundRefusal">No such user.</exception>
    public UserSummary Disable(UserAccount caller, string username)
    {
        EnsureAllowed(caller);
        ArgumentNullException.ThrowIfNull(username);
        if (string.Equals(username.Trim(), caller.Username, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConflictRefusal(AdministrationTexts.OwnAccount);
        }

        lock (_disabling)
        {
            var target = accounts.FindUser(username.Trim());
            if (target is { Role: Role.FunctionalAdmin, Disabled: false }
                && accounts.ListUsers().Count(u => u is { Role: Role.FunctionalAdmin, Disabled: false }) <= 1)
            {
                throw new ConflictRefusal(AdministrationTexts.LastFunctionalAdmin);
            }

            return Describe(Guarded(() => admin.Disable(caller.Username, username.Trim())));
        }
    }

    /// <summary>A new generated password (shown once), sign-in waits lifted on every PC, account enabled again.</summary>
    /// <exception cref="NotFoundRefusal">No such user.</exception>
    public (UserSummary User, string Password) Reset(UserAccount caller, string username)
    {
        EnsureAllowed(caller);
        ArgumentNullException.ThrowIfNull(username);
        var (user, password) = Guarded(() => admin.Reset(caller.Username, username.Trim()));
        throttle.Forget(user.Username);
        return (Describe(user), password);
    }

    private UserSummary Describe(UserAccount user) =>
        new(user.Username, user.DisplayName, user.Role, admin.TeamName(user.TeamId), user.Disabled, user.LockedUntil);

    private static void EnsureAllowed(UserAccount caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Disabled || !AccessPolicy.Has(caller.Role, Permission.ManageUsers))
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }
    }

    private static T Guarded<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ArgumentException ex)
        {
            throw new InvalidRequestRefusal(ex.Message, ex);
        }
        catch (DuplicateException ex)
        {
            throw new ConflictRefusal(ex.Message, ex);
        }
    }
}
