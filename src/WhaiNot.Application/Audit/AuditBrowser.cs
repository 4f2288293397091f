using System.Globalization;
using System.Text.RegularExpressions;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Audit;

/// <summary>
/// The DPO's view of the audit log, for the API and the web app alike: who did what when to which
/// id (never content), filtered and paged, and the check of the hash chain. Reading is audited.
/// </summary>
public sealed partial class AuditBrowser(AuditLog audit, ApplianceTimeZone timeZone)
{
    public const int MaxPage = 1000;
    public const int DefaultPage = 100;

    /// <exception cref="NotAllowedRefusal">The role may not read the audit log.</exception>
    /// <exception cref="InvalidRequestRefusal">A filter value does not read (Dutch reason).</exception>
    public IReadOnlyList<AuditEntry> Search(UserAccount user, AuditFilter filter)
    {
        EnsureAllowed(user);
        var query = Check(filter, timeZone);
        audit.Append(user.Username, AuditAction.AuditRead, null, Describe(filter));
        return audit.Search(query);
    }

    /// <exception cref="NotAllowedRefusal">The role may not read the audit log.</exception>
    public AuditVerification Verify(UserAccount user)
    {
        EnsureAllowed(user);
        return audit.Verify();
    }

    /// <summary>The filter as a query on the log, or the Dutch reason why it does not read.</summary>
    /// <exception cref="InvalidRequestRefusal">A value is malformed.</exception>
    public static AuditQuery Check(AuditFilter filter, ApplianceTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(zone);
        if (filter.Limit is < 1 or > MaxPage)
        {
            throw new InvalidRequestRefusal(AdministrationTexts.AuditLimit(MaxPage));
        }

        var action = Blank(filter.Action);
        if (action is not null && !ActionName().IsMatch(action))
        {
            throw new InvalidRequestRefusal(AdministrationTexts.AuditAction);
        }

        var actor = Blank(filter.Actor);
        if (actor is not null && (actor.Length > 64 || actor.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
        {
            throw new InvalidRequestRefusal(AdministrationTexts.AuditActor);
        }

        var from = Day(filter.From);
        var to = Day(filter.To);
        if (from is { } start && to is { } end && end < start)
        {
            throw new InvalidRequestRefusal(AdministrationTexts.AuditPeriod);
        }

        return new AuditQuery(
            action,
            actor,
            from is { } f ? zone.StartOf(f) : null,
            to is { } t ? zone.StartOf(t.AddDays(1)) : null,
            Math.Max(0, filter.After ?? 0),
            filter.Limit ?? DefaultPage);
    }

    private void EnsureAllowed(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Disabled || !AccessPolicy.Has(user.Role, Permission.ReadAuditLog))
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Day(string? value) =>
        Blank(value) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new InvalidRequestRefusal(AdministrationTexts.AuditPeriod);

    /// <summary>What was asked, for the audit entry of the read itself (names and dates only).</summary>
    private static string Describe(AuditFilter f) =>
        string.Join(';', new[] { ("action", f.Action), ("actor", f.Actor), ("from", f.From), ("to", f.To) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => p.Item1 + "=" + p.Item2!.Trim()))
        is { Length: > 0 } described ? described : "ok";

    [GeneratedRegex("^[a-z][a-z0-9.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex ActionName();
}
