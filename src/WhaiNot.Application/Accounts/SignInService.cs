using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Security.Passwords;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Accounts;

/// <summary>
/// Checks credentials, slows down guessing (<see cref="SignInThrottle"/>) and audits every attempt.
/// Every failure gets the same answer (unknown name, wrong password, disabled account), so the
/// answers never tell which accounts exist or what state they are in; the audit log says which.
/// </summary>
public sealed class SignInService(AccountRepository accounts, AuditLog audit, Argon2idPasswordHasher hasher, SignInThrottle throttle)
{
    public const string Failed = "Aanmelden is niet gelukt. Controleer uw gebruikersnaam en wachtwoord.";

    /// <param name="clientAddress">Where the attempt comes from (the PC's IP address): the throttle counts per account and address.</param>
    public SignInOutcome SignIn(string? username, string? password, string clientAddress)
    {
        ArgumentNullException.ThrowIfNull(clientAddress);
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            return SignInOutcome.Refused("Vul een gebruikersnaam en een wachtwoord in.");
        }

        var name = username.Trim();
        if (throttle.WaitFor(name, clientAddress) is { } wait)
        {
            audit.Append(name, AuditAction.SignInFailed, null, "throttled");
            return SignInOutcome.Throttled(WaitMessage(wait), wait);
        }

        var user = accounts.FindUser(name);
        var valid = user is null ? VerifyNothing(password) : hasher.Verify(password, user.PasswordHash);
        if (user is not null && valid && !user.Disabled)
        {
            throttle.Succeeded(name, clientAddress);
            audit.Append(user.Username, AuditAction.SignIn, null);
            return new SignInOutcome(user, null);
        }

        var why = user is null ? "unknown-user" : user.Disabled ? "disabled" : "wrong-password";
        audit.Append(user?.Username ?? name, AuditAction.SignInFailed, null, why);
        var blocked = throttle.Failed(name, clientAddress);
        if (blocked > TimeSpan.Zero)
        {
            audit.Append(user?.Username ?? name, AuditAction.AccountLocked, null, $"seconds={(int)blocked.TotalSeconds}");
            return SignInOutcome.Throttled(WaitMessage(blocked), blocked);
        }

        return SignInOutcome.Refused(Failed);
    }

    /// <summary>Spends the same time as a real check, so an unknown name answers as slowly as a known one.</summary>
    private bool VerifyNothing(string password)
    {
        hasher.VerifyDummy(password);
        return false;
    }

    private static string WaitMessage(TimeSpan wait)
    {
        var text = wait < TimeSpan.FromMinutes(2)
            ? $"{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconden"
            : $"{(int)Math.Ceiling(wait.TotalMinutes)} minuten";
        return $"Aanmelden is niet gelukt. Na te veel pogingen vanaf deze computer moet u {text} wachten voor u opnieuw probeert.";
    }
}
