using WhaiNot.Application.Settings;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Dossiers;

/// <summary>A team's dossiers: listed, read and opened by its workers and team lead. Every read and write is audited, and so is every refused read.</summary>
public sealed class DossierService(DossierRepository dossiers, AuditLog audit, TimeProvider time, ApplianceTimeZone timeZone)
{
    /// <exception cref="NotAllowedRefusal">The role sees no dossier content.</exception>
    public IReadOnlyList<Dossier> ListForTeam(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (AccessPolicy.ContentTeamOf(user) is not { } team)
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        var list = dossiers.ListForTeam(team);
        audit.Append(user.Username, AuditAction.DossierList, "team:" + team.ToString("N"), $"{list.Count} dossiers");
        return list;
    }

    /// <exception cref="NotFoundRefusal">No such dossier.</exception>
    /// <exception cref="NotAllowedRefusal">Another team's dossier, or a role without dossier rights (audited).</exception>
    public Dossier Read(UserAccount user, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var team = dossiers.FindTeamOf(dossierId) ?? throw new NotFoundRefusal(AccessTexts.DossierNotFound);
        if (user.TeamId != team || !AccessPolicy.Has(user.Role, Permission.ReadDossierContent))
        {
            audit.Append(user.Username, AuditAction.DossierDenied, Target(dossierId), "denied");
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        var dossier = dossiers.Find(dossierId)!;
        audit.Append(user.Username, AuditAction.DossierRead, Target(dossierId));
        return dossier;
    }

    /// <summary>The client's full rijksregisternummer, for a screen that shows it masked until asked; every ask is audited.</summary>
    /// <exception cref="NotFoundRefusal">No such dossier.</exception>
    /// <exception cref="NotAllowedRefusal">Another team's dossier, or a role without dossier rights (audited).</exception>
    public string RevealNationalNumber(UserAccount user, Guid dossierId)
    {
        var dossier = Read(user, dossierId);
        audit.Append(user.Username, AuditAction.DossierRevealNationalNumber, Target(dossierId));
        return NationalNumberMask.Formatted(dossier.Client.NationalRegisterNumber);
    }

    /// <summary>Opens a dossier in the user's team.</summary>
    /// <exception cref="NotAllowedRefusal">The user has no team or may not write dossiers.</exception>
    /// <exception cref="InvalidRequestRefusal">A field is missing or malformed (<see cref="DossierInput"/>).</exception>
    public Dossier Open(UserAccount user, CreateDossierRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (user.TeamId is not { } team || !AccessPolicy.Has(user.Role, Permission.WriteDossierContent))
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        var now = time.GetUtcNow();
        if (DossierInput.Validate(request, timeZone.DayOf(now)) is { } problem)
        {
            throw new InvalidRequestRefusal(problem);
        }

        var reference = request.Reference!.Trim();
        if (dossiers.ReferencesForTeam(team).Values.Contains(reference, StringComparer.OrdinalIgnoreCase))
        {
            throw new ConflictRefusal($"Uw team heeft al een dossier met nummer '{reference}'. Kies een ander dossiernummer of open het bestaande dossier.");
        }

        var client = new ClientProfile(request.ClientName!.Trim(), DossierInput.Digits(request.NationalRegisterNumber!), request.BirthDate);
        var dossier = dossiers.Create(team, reference, client, now);
        audit.Append(user.Username, AuditAction.DossierCreate, Target(dossier.Id));
        return dossier;
    }

    private static string Target(Guid id) => "dossier:" + id.ToString("N");
}
