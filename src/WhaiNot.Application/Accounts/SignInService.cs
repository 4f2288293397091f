using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Security.Passwords;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Accounts;

/// <summary>
/// Checks credentials, counts failures towards the lockout and audits every attempt. The answer to
/// a wrong username is the same as to a wrong password, so usernames can't be probed.
/// </summary>
public sealed class SignInService
{
    private const string WrongCredentials = "Gebruikersnaam of wachtwoord is onjuist.";

    private readonly AccountRepository _accounts;
    private readonly AuditLog _audit;
    private readonly Argon2idPasswordHasher _hasher;
    private readonly LockoutPolicy _lockout;
    private readonly TimeProvider _time;
    private readonly Lock _accountLock = new();

    public SignInService(AccountRepository accounts, AuditLog audit, Argon2idPasswordHasher hasher, LockoutPolicy lockout, TimeProvider time)
    {
        _accounts = accounts;
        _audit = audit;
        _hasher = hasher;
        _lockout = lockout;
        _time = time;
    }

    public SignInOutcome SignIn(string? username, string? password)
    {
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            return SignInOutcome.Refused("Vul een gebruikersnaam en een wachtwoord in.");
        }

        var user = _accounts.FindUser(username);
        if (user is null)
        {
            _hasher.VerifyDummy(password);
            _audit.Append(username.Trim(), AuditAction.SignInFailed, null, "unknown-user");
            return SignInOutcome.Refused(WrongCredentials);
        }

        var now = _time.GetUtcNow();
        if (user.IsLockedOut(now))
        {
            _hasher.VerifyDummy(password);
            _audit.Append(user.Username, AuditAction.SignInFailed, null, "locked");
            return SignInOutcome.Refused(LockedMessage(user, now));
        }

        if (user.Disabled)
        {
            _hasher.VerifyDummy(password);
            _audit.Append(user.Username, AuditAction.SignInFailed, null, "disabled");
            return SignInOutcome.Refused("Deze account is uitgeschakeld. Neem contact op met de functioneel beheerder.");
        }

        var valid = _hasher.Verify(password, user.PasswordHash);
        lock (_accountLock)
        {
            // Re-read under the lock so parallel attempts count every failure.
            user = _accounts.FindUser(user.Id) ?? user;
            if (valid)
            {
                LockoutPolicy.RegisterSuccess(user);
                _accounts.UpdateUser(user);
                _audit.Append(user.Username, AuditAction.SignIn, null);
                return new SignInOutcome(user, null);
            }

            var lockedNow = _lockout.RegisterFailure(user, now);
            _accounts.UpdateUser(user);
            _audit.Append(user.Username, AuditAction.SignInFailed, null, "wrong-password");
            if (lockedNow)
            {
                _audit.Append(user.Username, AuditAction.AccountLocked, null);
                return SignInOutcome.Refused(LockedMessage(user, now));
            }
        }

        return SignInOutcome.Refused(WrongCredentials);
    }

    private static string LockedMessage(UserAccount user, DateTimeOffset now)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(((user.LockedUntil ?? now) - now).TotalMinutes));
        return $"Te veel mislukte aanmeldingen. Deze account is {minutes} minuten geblokkeerd.";
    }
}
